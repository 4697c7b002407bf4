package org.planstudio.ui.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.planstudio.edit.ui.ItemPropertySourceProvider;
import org.planstudio.merge.Side;
import org.planstudio.model.edit.PlanAdapterFactories;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.store.ConcurrentSaveException;
import org.planstudio.store.RevisionInfo;
import org.planstudio.store.SaveResult;
import org.planstudio.store.SaveSnapshot;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoredPlan;
import org.planstudio.trace.ChangeImpact;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.compare.ConflictDialog;
import org.planstudio.ui.editor.form.DetailsForm;
import org.planstudio.ui.editor.form.FormContext;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.internal.StoreAccess;

/**
 * Edits one plan from the store. The plan is the unit of saving (each save is a revision), so
 * the editor owns the editing domain and its command stack; the navigator shows the plan's
 * structure and this editor shows the element chosen there.
 */
public final class PlanEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "org.planstudio.ui.editor";

    private final ComposedAdapterFactory adapterFactory = PlanAdapterFactories.create();
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
    private final List<Runnable> stackListeners = new ArrayList<>();
    private final CommandStackListener dirtyTracker = this::commandStackChanged;
    private final ISelectionListener navigatorListener = this::navigatorSelectionChanged;
    private final ElementSelectionProvider selectionProvider = new ElementSelectionProvider();
    private Plan plan;
    private int baseRevision;
    /** A save job is running; set and read on the UI thread only. */
    private boolean saving;
    /** Edits restored from the recovery journal are unsaved although the command stack is empty. */
    private boolean restoredUnsaved;
    private boolean journalScheduled;
    /** Timers and async runnables may still arrive after dispose; they must not write a journal then. */
    private boolean disposed;
    private FormToolkit toolkit;
    private DetailsForm details;
    private LiveUpdates live;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof PlanEditorInput planInput)) {
            throw new PartInitException(NLS.bind(Messages.Editor_wrongInput, input.getName()));
        }
        setSite(site);
        setInput(input);
        if (planInput.unsavedPlan().isPresent()) {
            plan = planInput.unsavedPlan().get();
            baseRevision = planInput.unsavedBaseRevision();
            // Not in the store yet (or edits brought onto a newer revision): unsaved from the start.
            restoredUnsaved = true;
        } else {
            loadStored(site, planInput);
        }
        Resource resource = new XMIResourceImpl(URI.createURI("planstudio:/plans/" + plan.getId() + ".plan"));
        resource.getContents().add(plan);
        domain.getResourceSet().getResources().add(resource);
        commandStack.addCommandStackListener(dirtyTracker);
        site.setSelectionProvider(selectionProvider);
        updateTitle();
    }

    private void loadStored(IEditorSite site, PlanEditorInput planInput) throws PartInitException {
        StoredPlan stored;
        try {
            Optional<StoredPlan> preloaded = planInput.takeLoadedPlan();
            Optional<StoredPlan> read = preloaded.isPresent() ? preloaded : StoreAccess.store().loadLatest(planInput.planId());
            stored = read.orElseThrow(() -> new PartInitException(
                    NLS.bind(Messages.Editor_planMissing, planInput.getName(), planInput.planId())));
        } catch (StoreException e) {
            throw new PartInitException(e.getLocalizedMessage(), e);
        }
        plan = stored.plan();
        baseRevision = stored.revision().revision();
        restoreUnsavedEdits(site);
    }

    private void restoreUnsavedEdits(IEditorSite site) {
        try {
            Optional<RecoveryJournal.Recovered> recovered = Recovery.journal().read(plan.getId());
            if (recovered.isPresent() && Recovery.prompt().test(site.getShell(), recovered.get())) {
                plan = recovered.get().plan();
                baseRevision = recovered.get().baseRevision();
                restoredUnsaved = true;
            } else if (recovered.isPresent()) {
                Recovery.journal().discard(plan.getId());
            }
        } catch (IOException e) {
            Recovery.log(e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        live = new LiveUpdates(this, parent);
        toolkit = new FormToolkit(parent.getDisplay());
        ScrolledForm form = toolkit.createScrolledForm(live.body());
        details = new DetailsForm(new FormContext(plan, domain, toolkit, this::navigateTo), form);
        if (baseRevision > 0) {
            EditorPermissions.load(plan);
        }
        show(plan);
        getSite().getPage().addPostSelectionListener(PlanStudioPerspective.NAVIGATOR_VIEW_ID, navigatorListener);
    }

    private void navigatorSelectionChanged(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject element
                && belongsHere(element)) {
            show(element);
        }
    }

    private boolean belongsHere(EObject element) {
        return element == plan || EcoreUtil.getRootContainer(element) == plan;
    }

    /** Shows an element of this plan in the form (and in the Properties view). */
    public void show(EObject element) {
        if (!belongsHere(element)) {
            throw new IllegalArgumentException("not an element of this plan: " + element);
        }
        details.show(element);
        selectionProvider.setSelection(new StructuredSelection(element));
    }

    /** Brings the editor forward and shows the element, selected in the navigator as well. */
    public void reveal(EObject element) {
        getSite().getPage().activate(this);
        navigateTo(element);
    }

    /** Asks the navigator to select the element, which brings it into the form. */
    private void navigateTo(Object element) {
        PlanNavigation.reveal(getSite().getPage(), element).ifPresentOrElse(ok -> {
        }, () -> show((EObject) element));
    }

    private void commandStackChanged(EventObject event) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (details != null && !disposed && !getSite().getShell().isDisposed()) {
                firePropertyChange(PROP_DIRTY);
                stackListeners.forEach(Runnable::run);
                scheduleJournal();
            }
        });
    }

    private void scheduleJournal() {
        if (journalScheduled) {
            return;
        }
        journalScheduled = true;
        getSite().getShell().getDisplay().timerExec(Recovery.DELAY_MS, () -> {
            journalScheduled = false;
            if (details != null && !disposed) {
                writeJournal();
            }
        });
    }

    /** Writes (or, when nothing is unsaved, removes) this plan's recovery copy now. */
    void writeJournal() {
        try {
            if (isDirty()) {
                Recovery.journal().write(plan, baseRevision);
            } else {
                Recovery.journal().discard(plan.getId());
            }
        } catch (IOException | RuntimeException e) {
            Recovery.log(e);
        }
    }

    void addStackListener(Runnable listener) {
        stackListeners.add(listener);
    }

    void removeStackListener(Runnable listener) {
        stackListeners.remove(listener);
    }

    private void updateTitle() {
        String shortTitle = Texts.label(plan.getShortTitle(), Locale.getDefault());
        setPartName(shortTitle.isBlank() ? ModelLabels.element(plan) : shortTitle);
        setTitleToolTip(NLS.bind(Messages.Editor_tooltip, ModelLabels.element(plan), baseRevision));
    }

    /**
     * Saves as a job: the store work (and a merge, when someone saved since this editor's base) runs
     * off the UI thread while this method keeps the event loop turning, so the window stays usable;
     * a Ctrl+S while a save runs is ignored. Waiting here means a save the workbench asks for on close
     * or shutdown is over (or, when the user cancelled the conflict dialog, reported as cancelled, so
     * that the close stops) before the workbench goes on. Edits made while the job runs stay unsaved
     * and go with the next save.
     */
    @Override
    public void doSave(IProgressMonitor monitor) {
        if (saving) {
            return;
        }
        startSave(Map.of());
        Display display = getSite().getShell().getDisplay();
        while (saving) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        if (isDirty()) {
            monitor.setCanceled(true);
        }
    }

    /** Saves (see {@link #doSave}); true when nothing is left unsaved. */
    public boolean saveAndWait() {
        doSave(new NullProgressMonitor());
        return !isDirty();
    }

    public boolean isSaving() {
        return saving;
    }

    private void startSave(Map<String, Side> choices) {
        Display display = getSite().getShell().getDisplay();
        // On the UI thread, costing what the edits touched: the rows to write (SavePoint).
        SavePoint point = new SavePoint(plan, baseRevision, commandStack, display);
        SaveSnapshot snapshot;
        try {
            snapshot = point.take();
        } catch (StoreException e) {
            showSaveError(Messages.Editor_saveFailed, e);
            return;
        }
        saving = true;
        new SaveJob(plan, snapshot, point, choices, outcome -> display.asyncExec(() -> {
            saving = false;
            if (!disposed) {
                finishSave(outcome, point.lastSaved());
            }
        })).schedule();
    }

    private void finishSave(SaveJob.Outcome outcome, Command lastSaved) {
        if (outcome.failure() != null) {
            boolean conflict = outcome.failure() instanceof ConcurrentSaveException;
            showSaveError(conflict ? Messages.Editor_saveConflict : Messages.Editor_saveFailed, outcome.failure());
            return;
        }
        SaveResult result = outcome.result();
        if (!result.isSaved()) {
            RevisionInfo theirs = result.mergedOnto().orElseThrow();
            ConflictDialog dialog = new ConflictDialog(getSite().getShell(), result.conflicts(),
                    new ConflictDialog.Theirs(theirs.author(), theirs.savedAt(), theirs.revision(), baseRevision));
            if (dialog.open() == Window.OK) {
                startSave(dialog.choices()); // doSave keeps waiting: saving is set again
            } else {
                // Cancel: nothing was written; the edits stay here and in the recovery journal.
                writeJournal();
                setStatus(Messages.Merge_cancelled);
            }
            return;
        }
        RevisionInfo saved = result.saved().orElseThrow();
        boolean editedMeanwhile = commandStack.getMostRecentCommand() != lastSaved;
        if (result.merged() && editedMeanwhile) {
            // The newer edits were not in the merge: keep them and the old base, so the next save merges again.
            return;
        }
        markSaved(outcome.marked());
        boolean first = baseRevision == 0;
        baseRevision = saved.revision();
        if (first) {
            // Only a stored plan can be reopened at the next start.
            PlanOpener.remember(plan.getId());
        }
        if (!editedMeanwhile) {
            commandStack.saveIsDone();
        }
        restoredUnsaved = false;
        writeJournal();
        firePropertyChange(PROP_DIRTY);
        updateTitle();
        if (result.merged() && outcome.merged().isPresent()) {
            // After doSave has returned: the workbench may be closing this editor right now.
            SaveJob.Merged merged = outcome.merged().get();
            getSite().getShell().getDisplay().asyncExec(() -> {
                if (!disposed) {
                    reopenMerged(result, saved, merged);
                }
            });
        }
    }

    /**
     * The save marked these links (by id) suspect in its snapshot; the same marks go on this
     * editor's plan as one undoable step, which the save point then includes.
     */
    private void markSaved(List<String> linkIds) {
        if (linkIds.isEmpty()) {
            return;
        }
        Set<String> ids = Set.copyOf(linkIds);
        List<TraceLink> links = plan.getTraceLinks().stream()
                .filter(link -> !link.isSuspect() && link.getId() != null && ids.contains(link.getId())).toList();
        if (!links.isEmpty()) {
            commandStack.execute(ChangeImpact.apply(links));
        }
    }

    /**
     * Shows the merged revision: the editor is reopened on it (undo history starts afresh). The
     * save job read the revision already, so that no database work happens here.
     */
    private void reopenMerged(SaveResult result, RevisionInfo saved, SaveJob.Merged merged) {
        IWorkbenchPage page = getSite().getPage();
        RevisionInfo theirs = result.mergedOnto().orElseThrow();
        try {
            page.closeEditor(this, false);
            PlanEditor reopened = PlanOpener.open(page, merged.info(), merged.stored());
            reopened.setStatus(NLS.bind(Messages.Merge_merged, new Object[] {theirs.revision(), theirs.author(),
                    saved.revision()}));
        } catch (PartInitException e) {
            showSaveError(Messages.Editor_saveFailed, new StoreException(StoreException.Reason.DATABASE,
                    "databaseError", saved.planId(), e.getMessage()));
        }
    }

    private void setStatus(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    private void showSaveError(String title, StoreException e) {
        ErrorDialog.openError(getSite().getShell(), title, NLS.bind(Messages.Editor_notSaved, ModelLabels.element(plan)),
                Status.error(e.getLocalizedMessage(), e));
    }

    @Override
    public void doSaveAs() {
        // Plans are saved as revisions in the store; exporting a .plan file is a separate command.
    }

    @Override
    public boolean isDirty() {
        return restoredUnsaved || commandStack.isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (details != null) {
            details.element().ifPresent(e -> selectionProvider.setSelection(new StructuredSelection(e)));
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getBaseRevision() {
        return baseRevision;
    }

    public ComposedAdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    LiveUpdates liveUpdates() {
        return live;
    }

    public DetailsForm getDetails() {
        return details;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        disposed = true;
        if (live != null) {
            live.dispose();
        }
        getSite().getPage().removePostSelectionListener(PlanStudioPerspective.NAVIGATOR_VIEW_ID, navigatorListener);
        commandStack.removeCommandStackListener(dirtyTracker);
        if (plan != null) {
            // Closing is the user's answer to "save changes?": a journal is only for what a crash leaves.
            try {
                Recovery.journal().discard(plan.getId());
            } catch (IOException e) {
                Recovery.log(e);
            }
        }
        if (toolkit != null) {
            toolkit.dispose();
        }
        adapterFactory.dispose();
        super.dispose();
    }
}
