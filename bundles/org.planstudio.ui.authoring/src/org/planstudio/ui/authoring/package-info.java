/**
 * The workbench side of authoring: New Plan, Delete/Restore Plan and structure editing in the
 * navigator (context menu, Edit menu, keys, drag and drop) over org.planstudio.authoring.
 */
package org.planstudio.ui.authoring;
