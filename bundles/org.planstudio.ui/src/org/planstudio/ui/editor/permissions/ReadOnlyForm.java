package org.planstudio.ui.editor.permissions;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * Makes the details form of an element the user may not change read-only: every field disabled
 * and, first in the form, a line saying why (who leads the task, which division the user is in).
 */
public final class ReadOnlyForm {

    /** The data key of the reason line, for tests. */
    public static final String REASON = "planstudio.readOnlyReason";

    private ReadOnlyForm() {
    }

    /** @return the reason shown, empty when the element is editable and the form unchanged */
    public static Optional<String> apply(ScrolledForm form, FormToolkit toolkit, EObject element) {
        Optional<String> refusal = EditorPermissions.refusal(element);
        if (refusal.isEmpty()) {
            return refusal;
        }
        Composite body = form.getBody();
        for (Control child : body.getChildren()) {
            disable(child);
        }
        Label reason = toolkit.createLabel(body, NLS.bind(Messages.ReadOnly_line, refusal.get()), SWT.WRAP);
        reason.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        reason.setData(REASON, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(reason);
        Control[] children = body.getChildren();
        if (children.length > 1) {
            reason.moveAbove(children[0]);
        }
        return refusal;
    }

    private static void disable(Control control) {
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                disable(child);
            }
        }
        // Sections and tables stay enabled, so that they still expand, scroll and lead to the linked elements.
        if (!(control instanceof Composite) || control instanceof org.eclipse.swt.widgets.Combo) {
            control.setEnabled(false);
        }
    }
}
