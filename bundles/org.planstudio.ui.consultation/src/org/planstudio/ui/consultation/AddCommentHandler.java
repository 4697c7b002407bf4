package org.planstudio.ui.consultation;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.model.plan.Identified;
import org.planstudio.ui.editor.PlanEditor;

/** Add Comment… on the elements selected in the navigator, or on the element the editor shows. */
public final class AddCommentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
            return null;
        }
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        List<Identified> chosen = selection instanceof IStructuredSelection structured
                ? ((List<?>) structured.toList()).stream().filter(Identified.class::isInstance).map(Identified.class::cast)
                        .filter(e -> EcoreUtil.getRootContainer(e) == editor.getPlan()).toList()
                : List.of();
        if (chosen.isEmpty()) {
            chosen = editor.getDetails().element().filter(Identified.class::isInstance).map(Identified.class::cast)
                    .stream().toList();
        }
        AddCommentDialog.openFor(HandlerUtil.getActiveShell(event), editor, chosen);
        return null;
    }
}
