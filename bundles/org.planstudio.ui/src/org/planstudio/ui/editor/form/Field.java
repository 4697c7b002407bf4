package org.planstudio.ui.editor.form;

/** One editable piece of the details form, bound to the model. */
interface Field {

    /** Shows the model's current value (after undo, redo or an edit elsewhere). */
    void refresh();
}
