package org.planstudio.ui.docimport;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.planstudio.docimport.DocumentImportException;
import org.planstudio.docimport.DocumentImporter;
import org.planstudio.docimport.ImportMapping;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanOpener;
import org.planstudio.ui.internal.StoreAccess;

/**
 * Page 1 chooses the file and the new plan's id, page 2 previews and edits what the document
 * maps to. Reading and storing run in the wizard's modal context, off the UI thread; nothing is
 * created before Finish.
 */
public final class ImportDocumentWizard extends Wizard {

    /** Build the plan, save it. */
    private static final int FINISH_STEPS = 2;

    private final IWorkbenchWindow window;
    private final FilePage filePage = new FilePage();
    private final PreviewPage previewPage = new PreviewPage(this);
    private Path loadedFile;
    private ImportMapping mapping;
    private String createdPlanId;

    public ImportDocumentWizard(IWorkbenchWindow window) {
        this.window = Objects.requireNonNull(window, "window");
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(previewPage);
    }

    FilePage filePage() {
        return filePage;
    }

    PreviewPage previewPage() {
        return previewPage;
    }

    Optional<ImportMapping> mapping() {
        return Optional.ofNullable(mapping);
    }

    /** The id of the plan Finish created, for tests. */
    Optional<String> createdPlanId() {
        return Optional.ofNullable(createdPlanId);
    }

    /**
     * Reads the chosen file (again only when it changed) in the container's modal context and
     * checks that the id is free. Returns the problem to show, or empty.
     */
    Optional<String> load() {
        Path file = filePage.file();
        String id = filePage.planId();
        String[] problem = new String[1];
        ImportMapping[] result = new ImportMapping[1];
        boolean reread = mapping == null || !file.equals(loadedFile);
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(NLS.bind(Messages.PreviewPage_reading, file.getFileName()), 2);
                try {
                    result[0] = reread ? DocumentImporter.map(file) : mapping;
                    monitor.worked(1);
                    if (StoreAccess.store().planInfo(id).isPresent()) {
                        problem[0] = NLS.bind(Messages.PreviewPage_exists, id);
                    }
                } catch (DocumentImportException e) {
                    problem[0] = e.message(Locale.getDefault());
                } catch (StoreException e) {
                    problem[0] = e.message(Locale.getDefault());
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            return Optional.of(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(String.valueOf(e));
        }
        if (result[0] != null) {
            mapping = result[0];
            loadedFile = file;
        } else {
            mapping = null;
            loadedFile = null;
        }
        return Optional.ofNullable(problem[0]);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        ImportMapping confirmed = mapping;
        String id = filePage.planId();
        String message = NLS.bind(Messages.Finish_message, loadedFile.getFileName());
        PlanInfo[] created = new PlanInfo[1];
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(NLS.bind(Messages.Finish_creating, id), FINISH_STEPS);
                try {
                    Plan plan = DocumentImporter.build(confirmed, id);
                    monitor.worked(1);
                    StoreAccess.store().save(plan, 0, StoreAccess.currentUser(), message);
                    created[0] = StoreAccess.store().planInfo(id).orElseThrow();
                } catch (StoreException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String detail = cause instanceof StoreException store ? store.message(Locale.getDefault()) : String.valueOf(cause);
            ErrorDialog.openError(getShell(), Messages.Wizard_title, Messages.Finish_failed, Status.error(detail, cause));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        createdPlanId = id;
        try {
            PlanOpener.open(window.getActivePage(), created[0]);
        } catch (PartInitException e) {
            // The plan is stored; only opening it failed, and the navigator lists it.
            ErrorDialog.openError(getShell(), Messages.Wizard_title, e.getMessage(), e.getStatus());
        }
        return true;
    }
}
