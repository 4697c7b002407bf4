package org.planstudio.ui.editor;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.planstudio.merge.Side;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.BringIn;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;
import org.planstudio.ui.compare.ConflictDialog;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.internal.StoreAccess;

/**
 * "Bring in changes": merges the latest revision into the editor's plan with its unsaved edits
 * ({@link BringIn}: base = the editor's base, mine = a snapshot of the editor's plan, theirs = the
 * latest), in jobs; real conflicts go to the {@link ConflictDialog}. The editor is then reopened
 * on the merged plan with the latest revision as its base, as a merged save reopens it: dirty when
 * edits survived, with the recovery journal rewritten, the same element shown. The undo history
 * starts afresh, since its commands hold objects of the plan that was replaced (docs/team.md).
 * Edits typed while a job runs are not lost: the flow sees them and merges again.
 */
final class BringInFlow {

    private final PlanEditor editor;
    private final RevisionInfo announced;
    /** Called when the editor stays as it was: empty for a cancel, else why it failed. */
    private final Consumer<Optional<String>> ended;
    private final Display display;
    private final String planLabel;

    BringInFlow(PlanEditor editor, RevisionInfo announced, Consumer<Optional<String>> ended) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.announced = Objects.requireNonNull(announced, "announced");
        this.ended = Objects.requireNonNull(ended, "ended");
        this.display = editor.getSite().getShell().getDisplay();
        this.planLabel = ModelLabels.element(editor.getPlan());
    }

    void start() {
        Plan snapshot = EcoreUtil.copy(editor.getPlan());
        int base = editor.getBaseRevision();
        Command mark = mark();
        run(monitor -> {
            BringIn prepared = BringIn.prepare(StoreAccess.store(), snapshot, base, Locale.getDefault());
            ui(() -> prepared(prepared, base, mark));
        });
    }

    private void prepared(BringIn prepared, int base, Command mark) {
        if (changedSince(mark, base)) {
            start();
            return;
        }
        Map<String, Side> choices = Map.of();
        if (!prepared.conflicts().isEmpty()) {
            RevisionInfo theirs = prepared.theirs();
            ConflictDialog dialog = new ConflictDialog(editor.getSite().getShell(), prepared.conflicts(),
                    new ConflictDialog.Theirs(theirs.author(), theirs.savedAt(), theirs.revision(), base));
            if (dialog.open() != Window.OK) {
                ended.accept(Optional.empty()); // nothing changed: the banner still offers it
                return;
            }
            choices = dialog.choices();
        }
        Map<String, Side> chosen = choices;
        run(monitor -> {
            BringIn.Outcome outcome = prepared.resolve(chosen);
            ui(() -> {
                if (changedSince(mark, base)) {
                    start();
                } else {
                    replace(outcome, prepared.theirs());
                }
            });
        });
    }

    private boolean changedSince(Command mark, int base) {
        return mark() != mark || editor.getBaseRevision() != base;
    }

    private Command mark() {
        return editor.getEditingDomain().getCommandStack().getMostRecentCommand();
    }

    /** Reopens the editor on the outcome: the same tab, the same element, the journal up to date. */
    private void replace(BringIn.Outcome outcome, RevisionInfo theirs) {
        IWorkbenchPage page = editor.getSite().getPage();
        String name = editor.getEditorInput().getName();
        Optional<String> shown = editor.getDetails().element().filter(Identified.class::isInstance)
                .map(e -> ((Identified) e).getId());
        PlanEditorInput input = outcome.unsaved()
                ? PlanEditorInput.broughtIn(outcome.plan(), outcome.baseRevision(), name)
                : PlanEditorInput.loaded(new StoredPlan(outcome.plan(), theirs), name);
        page.closeEditor(editor, false);
        try {
            PlanEditor reopened = (PlanEditor) page.openEditor(input, PlanEditor.ID);
            reopened.writeJournal();
            shown.flatMap(id -> find(reopened.getPlan(), id)).ifPresent(reopened::reveal);
            reopened.getEditorSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(
                    outcome.unsaved() ? LiveMessages.broughtIn : LiveMessages.broughtInClean, theirs.revision(),
                    theirs.author()));
        } catch (PartInitException e) {
            // The old editor is gone with its banner: keep the merged edits where the next open finds them.
            keepInJournal(outcome);
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), LiveMessages.bringIn,
                    NLS.bind(LiveMessages.reopenFailed, e.getLocalizedMessage()));
        }
    }

    private static void keepInJournal(BringIn.Outcome outcome) {
        if (outcome.unsaved()) {
            try {
                Recovery.journal().write(outcome.plan(), outcome.baseRevision());
            } catch (java.io.IOException | RuntimeException e) {
                Recovery.log(e);
            }
        }
    }

    private static Optional<? extends EObject> find(Plan plan, String id) {
        return id.equals(plan.getId()) ? Optional.of(plan) : PlanQueries.find(plan, id);
    }

    private interface Work {
        void run(org.eclipse.core.runtime.IProgressMonitor monitor) throws StoreException;
    }

    private void run(Work work) {
        Job job = Job.create(NLS.bind(LiveMessages.bringInJob, announced.revision(), planLabel),
                monitor -> {
                    try {
                        work.run(monitor);
                    } catch (StoreException | RuntimeException e) {
                        String reason = Objects.toString(e.getLocalizedMessage(), e.getClass().getName());
                        ui(() -> ended.accept(Optional.of(reason)));
                    }
                    return Status.OK_STATUS;
                });
        job.schedule();
    }

    private void ui(Runnable runnable) {
        display.asyncExec(() -> {
            // The editor may have been closed meanwhile: then there is nothing to bring anything into.
            if (!editor.getSite().getShell().isDisposed() && isOpen()) {
                runnable.run();
            }
        });
    }

    private boolean isOpen() {
        return java.util.Arrays.stream(editor.getSite().getPage().getEditors()).anyMatch(e -> e == editor);
    }
}
