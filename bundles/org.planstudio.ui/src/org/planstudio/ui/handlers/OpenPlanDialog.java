package org.planstudio.ui.handlers;

import java.lang.reflect.InvocationTargetException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.planstudio.store.DeletedPlanInfo;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.StoreAccess;

/**
 * The Open Plan list, which also deletes a plan (after a confirmation naming it and its revision
 * count; the plan is only marked deleted) and, with "Show deleted plans", restores one.
 */
public final class OpenPlanDialog extends ElementListSelectionDialog {

    public static final int DELETE_ID = IDialogConstants.CLIENT_ID + 1;
    public static final int RESTORE_ID = IDialogConstants.CLIENT_ID + 2;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** Status.OK_STATUS would print an untranslated "OK" in the status line. */
    private static final IStatus NO_MESSAGE = new Status(IStatus.OK, "org.planstudio.ui", "");

    private final IWorkbenchPage page;
    private List<PlanInfo> live;
    private List<DeletedPlanInfo> deleted;
    private boolean showingDeleted;
    private Button showDeleted;
    private Predicate<String> confirmation = this::askToDelete;

    public OpenPlanDialog(Shell shell, IWorkbenchPage page, List<PlanInfo> live, List<DeletedPlanInfo> deleted) {
        super(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label(element);
            }
        });
        this.page = Objects.requireNonNull(page, "page");
        this.live = List.copyOf(live);
        this.deleted = List.copyOf(deleted);
        setTitle(Messages.Open_title);
        setMessage(Messages.Open_message);
        setElements(this.live.toArray());
        // Wide enough for a full Chinese title and the delete / restore buttons beside the status line.
        setSize(100, 16);
        // A deleted plan is restored, not opened.
        setValidator(selection -> showingDeleted
                ? Status.error(Messages.Open_deletedCannotOpen) : NO_MESSAGE);
    }

    private static String label(Object element) {
        if (element instanceof DeletedPlanInfo gone) {
            PlanInfo info = gone.plan();
            return NLS.bind(Messages.Open_deletedLabel, new Object[] {info.titleZh(), info.titleEn(),
                    info.latestRevision(), gone.deletedBy(), WHEN.format(gone.deletedAt())});
        }
        PlanInfo info = (PlanInfo) element;
        return NLS.bind(Messages.Open_planLabel, new Object[] {info.titleZh(), info.titleEn(), info.latestRevision()});
    }

    /** For tests: replaces the confirmation question (which blocks) by an answer; it gets the question text. */
    public void setConfirmation(Predicate<String> confirmation) {
        this.confirmation = Objects.requireNonNull(confirmation, "confirmation");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        showDeleted = new Button(area, SWT.CHECK);
        showDeleted.setText(Messages.Open_showDeleted);
        showDeleted.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> showDeleted(showDeleted.getSelection())));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, DELETE_ID, Messages.Open_delete, false);
        createButton(parent, RESTORE_ID, Messages.Open_restore, false);
        super.createButtonsForButtonBar(parent);
        updateActions();
    }

    /** The list may be empty at first and fill when the deleted plans are shown: keep it enabled. */
    @Override
    protected void handleEmptyList() {
        updateOkState();
    }

    @Override
    protected void handleSelectionChanged() {
        super.handleSelectionChanged();
        updateActions();
    }

    public void showDeleted(boolean deletedOnes) {
        showingDeleted = deletedOnes;
        if (showDeleted != null && showDeleted.getSelection() != deletedOnes) {
            showDeleted.setSelection(deletedOnes);
        }
        setListElements(showingDeleted ? deleted.toArray() : live.toArray());
        handleSelectionChanged();
    }

    private void updateActions() {
        Object selected = selected().orElse(null);
        if (getButton(DELETE_ID) != null) {
            getButton(DELETE_ID).setEnabled(!showingDeleted && selected instanceof PlanInfo);
            getButton(RESTORE_ID).setEnabled(showingDeleted && selected instanceof DeletedPlanInfo);
        }
    }

    private Optional<Object> selected() {
        Object[] selection = getSelectedElements();
        return selection.length == 1 ? Optional.of(selection[0]) : Optional.empty();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == DELETE_ID) {
            selected().filter(PlanInfo.class::isInstance).map(PlanInfo.class::cast).ifPresent(this::delete);
        } else if (buttonId == RESTORE_ID) {
            selected().filter(DeletedPlanInfo.class::isInstance).map(DeletedPlanInfo.class::cast)
                    .ifPresent(this::restore);
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void delete(PlanInfo plan) {
        String title = plan.titleZh().isBlank() ? plan.titleEn() : plan.titleZh();
        if (!confirmation.test(NLS.bind(Messages.Open_deleteQuestion,
                new Object[] {title, plan.id(), plan.latestRevision()}))) {
            return;
        }
        // Its editor goes first, asking to save unsaved edits; cancelling there cancels the delete.
        Optional<PlanEditor> open = PlanOpener.findEditor(page, plan.id());
        if (open.isPresent() && !page.closeEditor(open.get(), true)) {
            return;
        }
        if (run(Messages.Open_deleteFailed, store -> store.deletePlan(plan.id(), StoreAccess.currentUser()))) {
            showDeleted(false);
        }
    }

    private void restore(DeletedPlanInfo plan) {
        if (run(Messages.Open_restoreFailed, store -> store.restorePlan(plan.plan().id(), StoreAccess.currentUser()))) {
            showDeleted(false);
            setSelection(live.stream().filter(p -> p.id().equals(plan.plan().id())).toArray());
            handleSelectionChanged();
        }
    }

    private interface StoreWork {
        void run(PlanStore store) throws StoreException;
    }

    /** Runs the change and re-reads both lists off the UI thread; false (after saying why) if it failed. */
    private boolean run(String failure, StoreWork work) {
        try {
            page.getWorkbenchWindow().getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                try {
                    PlanStore store = StoreAccess.store();
                    work.run(store);
                    live = store.listPlans();
                    deleted = store.listDeletedPlans();
                } catch (StoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
            return true;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), Messages.Open_title, failure,
                    Status.error(cause.getLocalizedMessage(), cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private boolean askToDelete(String question) {
        MessageDialog dialog = new MessageDialog(getShell(), Messages.Open_deleteTitle, null, question,
                MessageDialog.WARNING, 1, Messages.Open_deleteConfirm, IDialogConstants.CANCEL_LABEL);
        return dialog.open() == 0;
    }

    @Override
    protected void updateStatus(IStatus status) {
        super.updateStatus(status);
        updateActions();
    }
}
