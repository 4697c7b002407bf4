package org.planstudio.ui.editor.permissions;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.planstudio.model.plan.Plan;

/**
 * The one line a view of the plan's elements (registries, matrix, translations) shows above its
 * table when the user may not change everything, worded as the editor form's reason line: why the
 * selected element is read-only, else why the plan's structure is. Hidden for a plan editor.
 */
public final class ReadOnlyLine {

    private final Label label;

    public ReadOnlyLine(Composite parent, int horizontalSpan) {
        label = new Label(Objects.requireNonNull(parent, "parent"), SWT.WRAP);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        label.setData(ReadOnlyForm.REASON, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).span(horizontalSpan, 1).hint(600, SWT.DEFAULT).exclude(true)
                .applyTo(label);
        label.setVisible(false);
    }

    /** Why the user may not change {@code selected} (or, if they may or nothing is selected, the plan's structure). */
    public static Optional<String> text(Optional<Plan> plan, Optional<? extends EObject> selected) {
        Optional<String> refusal = selected.flatMap(EditorPermissions::refusal);
        if (refusal.isEmpty()) {
            // The plan itself is the drafting office's: its refusal says what the user's division may change.
            refusal = plan.flatMap(EditorPermissions::refusal);
        }
        return refusal.map(r -> NLS.bind(Messages.ReadOnly_line, r));
    }

    public void show(Optional<Plan> plan, Optional<? extends EObject> selected) {
        if (label.isDisposed()) {
            return;
        }
        Optional<String> line = text(plan, selected);
        label.setText(line.orElse(""));
        boolean changed = label.getVisible() != line.isPresent();
        label.setVisible(line.isPresent());
        ((GridData) label.getLayoutData()).exclude = line.isEmpty();
        if (changed || line.isPresent()) {
            label.getParent().layout(true, true);
        }
    }

    /** The line shown, empty when hidden (for tests). */
    public Optional<String> shown() {
        return label.isDisposed() || !label.getVisible() ? Optional.empty() : Optional.of(label.getText());
    }
}
