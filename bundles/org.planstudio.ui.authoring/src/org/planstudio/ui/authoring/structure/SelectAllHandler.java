package org.planstudio.ui.authoring.structure;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;

/** Select All: the elements beside the selected one (its whole list), so they can be moved or copied together. */
public final class SelectAllHandler extends StructureHandler {

    @Override
    boolean canRun(Structure structure) {
        return !structure.elements().isEmpty();
    }

    @Override
    void run(Structure structure) {
        TreeItem[] selected = structure.navigator().viewer().getTree().getSelection();
        if (selected.length == 0) {
            return;
        }
        TreeItem parent = selected[0].getParentItem();
        TreeItem[] siblings = parent == null ? structure.navigator().viewer().getTree().getItems() : parent.getItems();
        List<Object> all = new ArrayList<>();
        for (TreeItem item : siblings) {
            if (item.getData() != null) {
                all.add(item.getData());
            }
        }
        structure.navigator().viewer().setSelection(new StructuredSelection(all));
    }

    @Override
    boolean changesPlan() {
        return false;
    }
}
