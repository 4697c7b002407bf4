package org.planstudio.ui.editor.form;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;

/** A single reference (parent organisation, host, author …), chosen among the plan's elements. */
final class ReferenceField implements Field {

    private final FormContext context;
    private final EObject owner;
    private final EReference reference;
    private final Combo combo;
    private List<EObject> choices = List.of();

    ReferenceField(FormContext context, Composite parent, EObject owner, EReference reference) {
        this.context = Objects.requireNonNull(context);
        this.owner = Objects.requireNonNull(owner);
        this.reference = Objects.requireNonNull(reference);
        this.combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        context.toolkit().adapt(combo, true, false);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        refresh();
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            Object value = index <= 0 ? null : choices.get(index - 1);
            if (value != owner.eGet(reference)) {
                context.execute(SetCommand.create(context.domain(), owner, reference,
                        value == null ? SetCommand.UNSET_VALUE : value));
            }
        });
    }

    @Override
    public void refresh() {
        if (combo.isDisposed()) {
            return;
        }
        choices = Candidates.of(context.plan(), reference.getEReferenceType()).stream()
                .filter(candidate -> candidate != owner).toList();
        combo.removeAll();
        combo.add(Messages.Form_none);
        choices.forEach(choice -> combo.add(ModelLabels.element(choice)));
        int index = choices.indexOf(owner.eGet(reference));
        combo.select(index + 1);
    }
}
