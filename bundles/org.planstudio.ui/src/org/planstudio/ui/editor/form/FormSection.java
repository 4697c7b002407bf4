package org.planstudio.ui.editor.form;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;

/**
 * A section of the editor's details form that a higher bundle contributes (extension point
 * {@code org.planstudio.ui.formSections}), such as the comments on the element shown; the form
 * itself knows no such concern.
 */
public interface FormSection {

    /** Builds the section under {@code parent} for the element, or nothing; the runnable refreshes it after a change. */
    Optional<Runnable> create(FormContext context, Composite parent, EObject element);
}
