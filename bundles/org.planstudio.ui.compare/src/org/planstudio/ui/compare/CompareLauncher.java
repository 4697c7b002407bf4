package org.planstudio.ui.compare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.planstudio.compare.Comparison;
import org.planstudio.compare.Revisions;
import org.planstudio.compare.UnknownVersionException;
import org.planstudio.store.PlanStore;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.ui.compare.internal.CompareMessages;
import org.planstudio.ui.compare.view.CompareView;
import org.planstudio.ui.compare.view.VersionDialog;

/**
 * File → Compare Revisions…: lists the plan's revisions in a job, lets the user choose two, compares them
 * in a job with progress, and shows the result in the compare view. No database work on the UI thread.
 */
public final class CompareLauncher {

    private CompareLauncher() {
    }

    public static void open(IWorkbenchWindow window, PlanStore store, String planId, ElementNavigator navigator) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(navigator, "navigator");
        Display display = window.getShell().getDisplay();
        Job listing = Job.create(NLS.bind(CompareMessages.listing, planId), monitor -> {
            try {
                List<RevisionInfo> revisions = store.revisions(planId);
                display.asyncExec(() -> choose(window, store, planId, revisions, navigator));
            } catch (StoreException e) {
                display.asyncExec(() -> failed(window, planId, e.getLocalizedMessage()));
            }
            return Status.OK_STATUS;
        });
        listing.setUser(true);
        listing.schedule();
    }

    private static void choose(IWorkbenchWindow window, PlanStore store, String planId, List<RevisionInfo> revisions,
            ElementNavigator navigator) {
        if (window.getShell().isDisposed()) {
            return;
        }
        if (revisions.size() < 2) {
            MessageDialog.openInformation(window.getShell(), CompareMessages.chooseTitle,
                    NLS.bind(CompareMessages.noRevisions, planId));
            return;
        }
        VersionDialog dialog = new VersionDialog(window.getShell(), planId, revisions);
        if (dialog.open() != Window.OK) {
            return;
        }
        compare(window, store, planId, String.valueOf(dialog.fromRevision()), String.valueOf(dialog.toRevision()),
                navigator);
    }

    /** Compares two named versions (numbers, baseline names or "latest") in a job and shows the result. */
    public static Job compare(IWorkbenchWindow window, PlanStore store, String planId, String from, String to,
            ElementNavigator navigator) {
        Display display = window.getShell().getDisplay();
        Locale locale = Locale.getDefault();
        Job job = Job.create(NLS.bind(CompareMessages.comparing, new Object[] { planId, from, to }), monitor -> {
            try {
                Comparison comparison = Revisions.compare(store, planId, from, to, locale);
                display.asyncExec(() -> show(window, comparison, navigator));
                return Status.OK_STATUS;
            } catch (StoreException e) {
                display.asyncExec(() -> failed(window, planId, e.getLocalizedMessage()));
            } catch (UnknownVersionException e) {
                display.asyncExec(() -> failed(window, planId, e.getLocalizedMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void show(IWorkbenchWindow window, Comparison comparison, ElementNavigator navigator) {
        if (window.getShell().isDisposed()) {
            return;
        }
        try {
            CompareView view = (CompareView) window.getActivePage().showView(CompareView.ID);
            view.show(comparison, navigator);
        } catch (PartInitException e) {
            failed(window, comparison.planId(), e.getLocalizedMessage());
        }
    }

    private static void failed(IWorkbenchWindow window, String planId, String reason) {
        if (!window.getShell().isDisposed()) {
            MessageDialog.openError(window.getShell(), CompareMessages.failedTitle,
                    NLS.bind(CompareMessages.failed, planId, reason));
        }
    }
}
