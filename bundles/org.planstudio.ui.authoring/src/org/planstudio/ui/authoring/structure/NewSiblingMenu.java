package org.planstudio.ui.authoring.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.planstudio.authoring.NewChild;
import org.planstudio.authoring.StructureCommands;

/** New Sibling ▸: an element of the selected one's kind, right after it. */
public final class NewSiblingMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        Optional<Structure> structure = Structure.current();
        if (structure.isEmpty() || structure.get().selection().size() != 1 || !structure.get().mayChangeStructure()
                || !(structure.get().selection().get(0) instanceof EObject element) || element == structure.get().editor().getPlan()) {
            return new IContributionItem[0];
        }
        List<IContributionItem> items = new ArrayList<>();
        for (NewChild sibling : StructureCommands.newSiblings(structure.get().domain(), element)) {
            items.add(NewChildMenu.item(structure.get(), sibling,
                    StructureCommands.createAfter(structure.get().domain(), sibling, element)));
        }
        return items.toArray(IContributionItem[]::new);
    }
}
