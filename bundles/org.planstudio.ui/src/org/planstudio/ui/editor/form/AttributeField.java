package org.planstudio.ui.editor.form;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A number, date or plain-text attribute. Text commits as it is typed; numbers and dates commit
 * when they parse, and say what is wrong when they don't, without touching the model.
 */
final class AttributeField implements Field {

    private final FormContext context;
    private final EObject owner;
    private final EAttribute attribute;
    private final ValueConverter converter;
    private final Text text;
    private final TextBinding binding;
    private boolean updating;

    AttributeField(FormContext context, Composite parent, EObject owner, EAttribute attribute, ValueConverter converter) {
        this.context = Objects.requireNonNull(context);
        this.owner = Objects.requireNonNull(owner);
        this.attribute = Objects.requireNonNull(attribute);
        this.converter = Objects.requireNonNull(converter);
        this.text = context.toolkit().createText(parent, "", SWT.SINGLE | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        if (converter == ValueConverter.STRING) {
            binding = new TextBinding(context, text, () -> (String) owner.eGet(attribute),
                    value -> SetCommand.create(context.domain(), owner, attribute, value));
        } else {
            binding = null;
            text.addListener(SWT.DefaultSelection, e -> commit());
            text.addFocusListener(new FocusAdapter() {
                @Override
                public void focusLost(FocusEvent e) {
                    commit();
                }
            });
            refresh();
        }
    }

    private void commit() {
        if (updating || text.isDisposed()) {
            return;
        }
        try {
            Object value = converter.parse(text.getText());
            markValid(null);
            if (!Objects.equals(value, owner.eGet(attribute))) {
                context.execute(SetCommand.create(context.domain(), owner, attribute,
                        value == null ? SetCommand.UNSET_VALUE : value));
            }
        } catch (IllegalArgumentException e) {
            markValid(e.getMessage());
        }
    }

    private void markValid(String problem) {
        text.setToolTipText(problem);
        text.setForeground(problem == null ? null : text.getDisplay().getSystemColor(SWT.COLOR_RED));
    }

    @Override
    public void refresh() {
        if (binding != null) {
            binding.refresh();
            return;
        }
        if (text.isDisposed() || text.isFocusControl()) {
            return;
        }
        updating = true;
        try {
            text.setText(converter.format(owner.eGet(attribute)));
            markValid(null);
        } finally {
            updating = false;
        }
    }

    Text widget() {
        return text;
    }
}
