package org.planstudio.ui.compare;

/**
 * Goes to an element of a plan in the editor. The workbench (which owns the editors) supplies it when
 * it opens a comparison, so this bundle, which the editor itself uses, needs no dependency on it.
 */
@FunctionalInterface
public interface ElementNavigator {

    /** Shows the element; false if the plan is not open or no longer has it. */
    boolean reveal(String planId, String elementId);

    ElementNavigator NONE = (planId, elementId) -> false;
}
