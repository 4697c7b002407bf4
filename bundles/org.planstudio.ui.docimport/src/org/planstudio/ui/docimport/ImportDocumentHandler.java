package org.planstudio.ui.docimport;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File → Import from Word…: the import wizard; the new plan opens when it is created. */
public final class ImportDocumentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        WizardDialog dialog = new WizardDialog(window.getShell(), new ImportDocumentWizard(window));
        dialog.setPageSize(900, 520);
        dialog.open();
        return null;
    }
}
