package org.planstudio.ui.authoring.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.planstudio.authoring.Deletion;
import org.planstudio.model.plan.TraceLink;

/** Delete (Delete key): asks, listing what goes with the selected elements, then removes all in one step. */
public final class DeleteHandler extends StructureHandler {

    /** The question; replaced by tests, which cannot click a modal dialog. */
    static BiPredicate<Shell, String> confirm = (shell, message) -> MessageDialog.open(MessageDialog.CONFIRM, shell,
            Messages.Delete_title, message, 0, Messages.Delete_button, Messages.Delete_cancel) == 0;

    @Override
    boolean canRun(Structure structure) {
        return !structure.elements().isEmpty();
    }

    @Override
    void run(Structure structure) {
        Deletion deletion = Deletion.of(structure.elements());
        if (confirm.test(structure.navigator().getSite().getShell(), describe(deletion))) {
            structure.run(deletion.command(structure.domain()), false);
        }
    }

    static String describe(Deletion deletion) {
        List<String> lines = new ArrayList<>();
        lines.add(deletion.selected().size() == 1
                ? NLS.bind(Messages.Delete_one, Labels.type(deletion.selected().get(0).eClass()), Labels.element(deletion.selected().get(0)))
                : NLS.bind(Messages.Delete_many, deletion.selected().size()));
        if (deletion.selected().size() > 1) {
            deletion.selected().forEach(e -> lines.add(bullet(e)));
        }
        section(lines, Messages.Delete_contained, deletion.contained());
        if (!deletion.links().isEmpty()) {
            lines.add("");
            lines.add(NLS.bind(Messages.Delete_links, deletion.links().size()));
            deletion.links().stream().limit(12).forEach(link -> lines.add("  • " + linkLine(link)));
            if (deletion.links().size() > 12) {
                lines.add("  …");
            }
        }
        section(lines, Messages.Delete_implementers, deletion.implementers());
        section(lines, Messages.Delete_comments, deletion.comments());
        if (!deletion.references().isEmpty()) {
            lines.add("");
            lines.add(Messages.Delete_references);
            deletion.references().stream().limit(12).forEach(r -> lines.add(NLS.bind(Messages.Delete_referenceLine,
                    new Object[] { Labels.element(r.holder()), Labels.feature(r.feature()), Labels.element(r.removed()) })));
            if (deletion.references().size() > 12) {
                lines.add("  …");
            }
        }
        lines.add("");
        lines.add(Messages.Delete_undo);
        return String.join("\n", lines);
    }

    private static void section(List<String> lines, String heading, List<? extends EObject> elements) {
        if (elements.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(NLS.bind(heading, elements.size()));
        elements.stream().limit(12).forEach(e -> lines.add(bullet(e)));
        if (elements.size() > 12) {
            lines.add("  …");
        }
    }

    private static String bullet(EObject element) {
        return "  • " + Labels.type(element.eClass()) + " " + Labels.element(element);
    }

    private static String linkLine(TraceLink link) {
        return Labels.element(link.getSource()) + " → " + Labels.element(link.getTarget());
    }
}
