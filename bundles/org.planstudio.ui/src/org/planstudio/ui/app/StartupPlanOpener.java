package org.planstudio.ui.app;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.osgi.framework.Bundle;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.OffUiThread;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.internal.StoreConnectors;

/**
 * On start: a new database receives the sample plan; then the plan used last (or the first
 * plan) opens. Failures are shown, and the workbench stays usable.
 */
public final class StartupPlanOpener {

    static final String SAMPLES_BUNDLE = "org.planstudio.samples";
    static final String SAMPLE_PLAN = "plans/beijing-bri-2024-2027.plan";

    private final IWorkbenchWindow window;

    public StartupPlanOpener(IWorkbenchWindow window) {
        this.window = Objects.requireNonNull(window);
    }

    public void openLastPlan() {
        if (!StoreConnectors.connect(window)) {
            return;
        }
        try {
            Optional<PlanInfo> toOpen = planToOpen();
            if (toOpen.isPresent()) {
                PlanOpener.open(window.getActivePage(), toOpen.get());
            }
        } catch (StoreException | IOException | PartInitException e) {
            IStatus status = Status.error(e.getLocalizedMessage(), e);
            ILog.of(StartupPlanOpener.class).log(status);
            ErrorDialog.openError(window.getShell(), Messages.Startup_failedTitle, Messages.Startup_failed, status);
        }
    }

    /** Opens the database (and gives a new one the sample) off the UI thread: the first start takes seconds. */
    private Optional<PlanInfo> planToOpen() throws StoreException, IOException {
        try {
            return OffUiThread.call(window.getWorkbench().getProgressService(), Messages.Startup_opening,
                    StartupPlanOpener::chooseOrFail);
        } catch (InterruptedException e) {
            // The user's Cancel (not a thread interrupt): the workbench starts without a plan; File > Open Plan is there.
            return Optional.empty();
        } catch (Failure e) {
            if (e.getCause() instanceof StoreException store) {
                throw store;
            }
            throw (IOException) e.getCause();
        }
    }

    /** Carries either checked exception of {@link #choose()} through the one type {@link OffUiThread} takes. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(Exception cause) {
            super(cause);
        }
    }

    private static Optional<PlanInfo> chooseOrFail() throws Failure {
        try {
            return choose();
        } catch (StoreException | IOException e) {
            throw new Failure(e);
        }
    }

    private static Optional<PlanInfo> choose() throws StoreException, IOException {
        PlanStore store = StoreAccess.store();
        List<PlanInfo> plans = store.listPlans();
        // Only a new database gets the sample: after every plan was deleted, the workbench starts empty.
        // A shared office database is not this computer's to fill: its plans come from the office.
        if (plans.isEmpty() && StoreAccess.config().engine() == StoreConfig.Engine.DERBY
                && store.listDeletedPlans().isEmpty()) {
            store.importPlan(samplePlanFile(), StoreAccess.currentUser(), Messages.Startup_sampleImported);
            plans = store.listPlans();
        }
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        Optional<PlanInfo> last = plans.stream().filter(p -> p.id().equals(PlanOpener.lastPlanId())).findFirst();
        return Optional.of(last.orElse(plans.get(0)));
    }

    static Path samplePlanFile() throws IOException {
        Bundle bundle = Platform.getBundle(SAMPLES_BUNDLE);
        if (bundle == null) {
            throw new IOException(Messages.Startup_noSamples);
        }
        URL entry = bundle.getEntry(SAMPLE_PLAN);
        if (entry == null) {
            throw new IOException(Messages.Startup_noSamples);
        }
        return Path.of(FileLocator.toFileURL(entry).getPath());
    }
}
