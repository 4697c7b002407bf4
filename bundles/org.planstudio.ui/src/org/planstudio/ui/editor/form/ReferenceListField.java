package org.planstudio.ui.editor.form;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;

/** Several references (lead units, supporting units, partner countries …): names and a chooser. */
final class ReferenceListField implements Field {

    private final FormContext context;
    private final EObject owner;
    private final EReference reference;
    private final Label names;

    ReferenceListField(FormContext context, Composite parent, EObject owner, EReference reference) {
        this.context = Objects.requireNonNull(context);
        this.owner = Objects.requireNonNull(owner);
        this.reference = Objects.requireNonNull(reference);
        Composite box = context.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        names = context.toolkit().createLabel(box, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(names);
        Button choose = context.toolkit().createButton(box, Messages.Form_choose, SWT.PUSH);
        choose.addListener(SWT.Selection, e -> choose());
        refresh();
    }

    private List<?> current() {
        return (List<?>) owner.eGet(reference);
    }

    private void choose() {
        List<EObject> candidates = Candidates.of(context.plan(), reference.getEReferenceType());
        ListSelectionDialog dialog = ListSelectionDialog.of(candidates)
                .contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ModelLabels.element((EObject) element);
                    }
                })
                .message(NLS.bind(Messages.Form_chooseMessage, ModelLabels.feature(reference)))
                .preselect(current().toArray())
                .create(names.getShell());
        dialog.setTitle(ModelLabels.feature(reference));
        if (dialog.open() == Window.OK) {
            List<Object> chosen = List.of(dialog.getResult());
            // Keep the plan's order (the order of candidates), not the order of clicking.
            List<EObject> ordered = candidates.stream().filter(chosen::contains).toList();
            if (!ordered.equals(current())) {
                context.execute(SetCommand.create(context.domain(), owner, reference, ordered));
            }
        }
    }

    @Override
    public void refresh() {
        if (names.isDisposed()) {
            return;
        }
        String text = current().stream().map(o -> ModelLabels.element((EObject) o)).collect(Collectors.joining("、"));
        names.setText(text.isEmpty() ? Messages.Form_none : text);
        names.getParent().layout(true);
    }
}
