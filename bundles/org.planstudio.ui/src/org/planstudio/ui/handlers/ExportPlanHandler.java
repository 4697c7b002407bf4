package org.planstudio.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.model.io.PlanResources;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.Messages;

/** File → Export .plan…: the plan as the active editor shows it, for exchange with other offices. */
public final class ExportPlanHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof PlanEditor editor)) {
            return null;
        }
        FileDialog dialog = new FileDialog(part.getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(new String[] { "*.plan" });
        dialog.setFilterNames(new String[] { Messages.File_planFiles });
        dialog.setFileName(editor.getPlan().getId() + ".plan");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        try {
            PlanResources.save(editor.getPlan(), Path.of(chosen));
        } catch (IOException | RuntimeException e) {
            ErrorDialog.openError(part.getSite().getShell(), Messages.Export_title, NLS.bind(Messages.Export_failed, chosen),
                    Status.error(String.valueOf(e.getMessage()), e));
        }
        return null;
    }
}
