package org.planstudio.ui.authoring.structure;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.planstudio.authoring.Moves;
import org.planstudio.ui.navigator.NavigatorGroup;
import org.planstudio.ui.navigator.PlanNavigatorView;

/**
 * Drag and drop in the navigator: drop before or after an element to put the dragged ones
 * there (reorder, or a task into another area at that place); drop onto an element that holds
 * their kind (a task onto an area) or onto its heading to put them at the end.
 */
final class NavigatorDragAndDrop extends ViewerDropAdapter {

    private final PlanNavigatorView navigator;

    private NavigatorDragAndDrop(PlanNavigatorView navigator) {
        super(navigator.viewer());
        this.navigator = navigator;
    }

    static void install(PlanNavigatorView navigator) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        navigator.viewer().addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection selection = navigator.viewer().getStructuredSelection();
                event.doit = !selection.isEmpty() && selection.toList().stream().allMatch(
                        o -> o instanceof EObject e && e.eContainer() != null);
                LocalSelectionTransfer.getTransfer().setSelection(selection);
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        navigator.viewer().addDropSupport(DND.DROP_MOVE, transfers, new NavigatorDragAndDrop(navigator));
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData transferType) {
        return LocalSelectionTransfer.getTransfer().isSupportedType(transferType)
                && Structure.of(navigator, new StructuredSelection(dragged())).filter(Structure::mayChangeStructure).isPresent()
                && command(navigator, dragged(), target, getCurrentLocation()).isPresent();
    }

    @Override
    public boolean performDrop(Object data) {
        Optional<Command> command = command(navigator, dragged(), getCurrentTarget(), getCurrentLocation());
        Optional<Structure> structure = Structure.of(navigator, new StructuredSelection(dragged()));
        if (command.isEmpty() || structure.isEmpty()) {
            return false;
        }
        structure.get().run(command.get(), false);
        return true;
    }

    private static List<?> dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s ? s.toList() : List.of();
    }

    /** What dropping {@code dragged} on {@code target} at {@code location} (a ViewerDropAdapter LOCATION_*) does. */
    static Optional<Command> command(PlanNavigatorView navigator, List<?> dragged, Object target, int location) {
        if (dragged.isEmpty() || target == null || navigator.editor().isEmpty() || !(dragged.get(0) instanceof EObject first)) {
            return Optional.empty();
        }
        var domain = navigator.editor().get().getEditingDomain();
        if (target instanceof NavigatorGroup group) {
            EReference feature = first.eContainmentFeature();
            return Places.features(group).contains(feature)
                    ? Moves.to(domain, dragged, group.plan(), feature, -1) : Optional.empty();
        }
        if (!(target instanceof EObject element) || dragged.contains(element)) {
            return Optional.empty();
        }
        if (location == LOCATION_ON || location == LOCATION_NONE) {
            for (EReference feature : element.eClass().getEAllContainments()) {
                if (feature.isMany() && feature.getEReferenceType().isInstance(first)) {
                    return Moves.to(domain, dragged, element, feature, -1);
                }
            }
        }
        if (element.eContainer() == null || !element.eContainmentFeature().getEReferenceType().isInstance(first)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        int index = ((List<EObject>) element.eContainer().eGet(element.eContainmentFeature())).indexOf(element);
        return Moves.to(domain, dragged, element.eContainer(), element.eContainmentFeature(),
                location == LOCATION_AFTER ? index + 1 : index);
    }
}
