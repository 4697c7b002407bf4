package org.planstudio.ui.authoring.structure;

import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.planstudio.authoring.Paste;

/**
 * Paste (Ctrl+V) after or into the selected element, wherever the copied kind fits. When
 * pasting into another plan loses references (a unit or indicator that plan does not have), the
 * user is told which.
 */
public final class PasteHandler extends StructureHandler {

    @Override
    boolean canRun(Structure structure) {
        return paste(structure).isPresent();
    }

    private static Optional<Paste> paste(Structure structure) {
        if (structure.selection().size() != 1) {
            return Optional.empty();
        }
        Optional<EObject> target = Places.element(structure.selection().get(0));
        return StructureClipboard.get().flatMap(c -> target.flatMap(t -> Paste.of(structure.domain(), c, t)));
    }

    @Override
    void run(Structure structure) {
        Paste paste = paste(structure).orElseThrow();
        structure.run(paste.command(), false);
        if (!paste.dropped().isEmpty()) {
            String lines = paste.dropped().stream()
                    .map(d -> NLS.bind(Messages.Paste_droppedLine,
                            new Object[] { Labels.element(d.holder()), Labels.feature(d.feature()), Labels.element(d.target()) }))
                    .collect(Collectors.joining("\n"));
            MessageDialog.openInformation(structure.navigator().getSite().getShell(), Messages.Paste_droppedTitle,
                    NLS.bind(Messages.Paste_dropped, lines));
        }
    }
}
