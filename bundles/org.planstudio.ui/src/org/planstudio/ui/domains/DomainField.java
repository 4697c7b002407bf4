package org.planstudio.ui.domains;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.planstudio.domain.AttributeDefinition;
import org.planstudio.domain.Attributes;
import org.planstudio.domain.Choice;
import org.planstudio.ui.editor.form.FormContext;

/**
 * One domain attribute as a widget: a check box, a choice list or a text box. Text commits on
 * Enter or when the field loses focus; a value that does not fit the type is shown in red with
 * the reason and still stored, because staff may be half-way through and the checks list it.
 */
final class DomainField {

    private final FormContext context;
    private final EObject owner;
    private final AttributeDefinition definition;
    private final Control control;
    private boolean updating;

    DomainField(FormContext context, Composite parent, EObject owner, AttributeDefinition definition) {
        this.context = Objects.requireNonNull(context);
        this.owner = Objects.requireNonNull(owner);
        this.definition = Objects.requireNonNull(definition);
        this.control = switch (definition.type()) {
            case BOOLEAN -> checkBox(parent);
            case ENUM -> choices(parent);
            default -> textBox(parent);
        };
        refresh();
    }

    private Control checkBox(Composite parent) {
        Button check = context.toolkit().createButton(parent, Messages.Section_yes, SWT.CHECK);
        check.addListener(SWT.Selection, e -> store(check.getSelection() ? "true" : ""));
        return check;
    }

    private Control choices(Composite parent) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        context.toolkit().adapt(combo, true, false);
        combo.add(Messages.Section_choose);
        definition.choices().forEach(choice -> combo.add(choice.label().in(Locale.getDefault())));
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            store(index <= 0 ? "" : definition.choices().get(index - 1).value());
        });
        GridDataFactory.swtDefaults().applyTo(combo);
        return combo;
    }

    private Control textBox(Composite parent) {
        Text text = context.toolkit().createText(parent, "", SWT.SINGLE | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addListener(SWT.DefaultSelection, e -> store(text.getText()));
        text.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                store(text.getText());
            }
        });
        return text;
    }

    private void store(String value) {
        if (updating) {
            return;
        }
        AttributeCommands.set(context.domain(), owner, definition.key(), value).ifPresent(command -> context
                .execute(labelled(command)));
        markValidity();
    }

    private Command labelled(Command command) {
        String label = NLS.bind(Messages.Attribute_command, definition.label().in(Locale.getDefault()));
        return new CommandWrapper(label, label, command);
    }

    private void markValidity() {
        if (control.isDisposed()) {
            return;
        }
        Optional<String> problem = definition.check(Attributes.value(owner, definition.key()))
                .filter(p -> !stored().isEmpty())
                .map(p -> p.in(Locale.getDefault()));
        control.setToolTipText(problem.orElse(null));
        control.setForeground(problem.isPresent() ? control.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
    }

    private String stored() {
        return Attributes.value(owner, definition.key()).orElse("");
    }

    void refresh() {
        if (control.isDisposed() || (control instanceof Text && control.isFocusControl())) {
            return;
        }
        updating = true;
        try {
            String value = stored();
            if (control instanceof Button check) {
                check.setSelection(Boolean.parseBoolean(value));
            } else if (control instanceof Combo combo) {
                List<Choice> choices = definition.choices();
                int index = 0;
                for (int i = 0; i < choices.size(); i++) {
                    if (choices.get(i).value().equals(value)) {
                        index = i + 1;
                    }
                }
                combo.select(index);
            } else if (!((Text) control).getText().equals(value)) {
                ((Text) control).setText(value);
            }
            markValidity();
        } finally {
            updating = false;
        }
    }

    /** What the widget shows, in the stored form (for the smoke test and tests). */
    String shown() {
        if (control instanceof Button check) {
            return check.getSelection() ? "true" : "";
        }
        if (control instanceof Combo combo) {
            int index = combo.getSelectionIndex();
            return index <= 0 ? "" : definition.choices().get(index - 1).value();
        }
        return ((Text) control).getText();
    }

    /** Enters a value as a user would and commits it (for the smoke test and tests). */
    void enter(String value) {
        if (control instanceof Button check) {
            check.setSelection(Boolean.parseBoolean(value));
            store(check.getSelection() ? "true" : "");
        } else if (control instanceof Combo) {
            store(definition.choice(value).map(Choice::value).orElse(value));
            refresh();
        } else {
            ((Text) control).setText(value);
            store(value);
        }
    }

    AttributeDefinition definition() {
        return definition;
    }
}
