package org.planstudio.ui.editor.form;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.planstudio.ui.internal.ModelLabels;

/** A status, kind or other enumeration, chosen from its translated literals. */
final class EnumField implements Field {

    private final EObject owner;
    private final EAttribute attribute;
    private final List<EEnumLiteral> literals;
    private final Combo combo;

    EnumField(FormContext context, Composite parent, EObject owner, EAttribute attribute) {
        this.owner = Objects.requireNonNull(owner);
        this.attribute = Objects.requireNonNull(attribute);
        this.literals = List.copyOf(((EEnum) attribute.getEAttributeType()).getELiterals());
        this.combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        context.toolkit().adapt(combo, true, false);
        literals.forEach(literal -> combo.add(ModelLabels.literal(literal)));
        GridDataFactory.swtDefaults().applyTo(combo);
        refresh();
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            if (index >= 0) {
                Enumerator value = literals.get(index).getInstance();
                if (!value.equals(owner.eGet(attribute))) {
                    context.execute(SetCommand.create(context.domain(), owner, attribute, value));
                }
            }
        });
    }

    @Override
    public void refresh() {
        if (combo.isDisposed()) {
            return;
        }
        Object value = owner.eGet(attribute);
        for (int i = 0; i < literals.size(); i++) {
            if (literals.get(i).getInstance().equals(value)) {
                combo.select(i);
                return;
            }
        }
        combo.deselectAll();
    }
}
