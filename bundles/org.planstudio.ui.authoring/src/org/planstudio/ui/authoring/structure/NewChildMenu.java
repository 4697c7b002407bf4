package org.planstudio.ui.authoring.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.planstudio.authoring.NewChild;
import org.planstudio.authoring.StructureCommands;
import org.planstudio.ui.navigator.NavigatorGroup;

/**
 * New Child ▸ in the navigator's menu: one entry per kind the item providers allow under the
 * selected element; on a heading, the kinds of the lists it shows.
 */
public final class NewChildMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        Optional<Structure> structure = Structure.current();
        if (structure.isEmpty() || structure.get().selection().size() != 1 || !structure.get().mayChangeStructure()) {
            return new IContributionItem[0];
        }
        List<IContributionItem> items = new ArrayList<>();
        for (NewChild child : choices(structure.get())) {
            items.add(item(structure.get(), child, StructureCommands.create(structure.get().domain(), child)));
        }
        return items.toArray(IContributionItem[]::new);
    }

    static List<NewChild> choices(Structure structure) {
        Object item = structure.selection().get(0);
        if (item instanceof NavigatorGroup group) {
            return StructureCommands.newChildren(structure.domain(), group.plan()).stream()
                    .filter(child -> Places.features(group).contains(child.feature())).toList();
        }
        if (item instanceof EObject element && element != structure.editor().getPlan()) {
            return StructureCommands.newChildren(structure.domain(), element);
        }
        return List.of();
    }

    static IContributionItem item(Structure structure, NewChild child, Command command) {
        Action action = new Action(Labels.type(child.kind())) {
            @Override
            public void run() {
                structure.run(command, true);
            }
        };
        action.setId(child.kind().getName());
        return new ActionContributionItem(action);
    }
}
