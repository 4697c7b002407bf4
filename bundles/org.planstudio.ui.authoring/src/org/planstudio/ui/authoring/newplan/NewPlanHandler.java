package org.planstudio.ui.authoring.newplan;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.planstudio.store.StoreException;

/** File → New Plan… (Ctrl+N): the New Plan wizard. */
public final class NewPlanHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        createDialog(HandlerUtil.getActiveWorkbenchWindowChecked(event)).ifPresent(WizardDialog::open);
        return null;
    }

    /**
     * The wizard's dialog, not yet open; empty (after telling the user why) if the store cannot be read.
     * Public for the workbench tests, which drive the wizard as a user would.
     */
    public static Optional<WizardDialog> createDialog(IWorkbenchWindow window) {
        PlansSnapshot plans;
        try {
            plans = PlansSnapshot.load(window.getWorkbench().getProgressService());
        } catch (StoreException e) {
            ErrorDialog.openError(window.getShell(), Messages.Wizard_title, Messages.Wizard_loadFailed,
                    Status.error(e.getLocalizedMessage(), e));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return Optional.of(new WizardDialog(window.getShell(), new NewPlanWizard(window.getActivePage(), plans)));
    }
}
