package org.planstudio.ui.editor.form;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

final class BooleanField implements Field {

    private final EObject owner;
    private final EAttribute attribute;
    private final Button check;

    BooleanField(FormContext context, Composite parent, EObject owner, EAttribute attribute) {
        this.owner = Objects.requireNonNull(owner);
        this.attribute = Objects.requireNonNull(attribute);
        this.check = context.toolkit().createButton(parent, "", SWT.CHECK);
        refresh();
        check.addListener(SWT.Selection, e -> context.execute(
                SetCommand.create(context.domain(), owner, attribute, check.getSelection())));
    }

    @Override
    public void refresh() {
        if (!check.isDisposed()) {
            check.setSelection(Boolean.TRUE.equals(owner.eGet(attribute)));
        }
    }
}
