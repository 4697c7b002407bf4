package org.planstudio.ui.report;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.report.ReportType;
import org.planstudio.store.RevisionInfo;
import org.planstudio.ui.internal.Messages;

/** File → Report…: choose, preview, then produce the report in the background. */
public final class ReportWizard extends Wizard {

    private final Plan plan;
    private final ReportWizardPage page;

    public ReportWizard(Plan plan, List<RevisionInfo> revisions) {
        this.plan = Objects.requireNonNull(plan);
        this.page = new ReportWizardPage(plan, revisions);
        setWindowTitle(Messages.Report_title);
        setNeedsProgressMonitor(false);
    }

    /**
     * Opens on {@code type} and, for a report on one period, the period named {@code period}
     * ({@code 2025-Q3}): how the Supervision view exports its briefing.
     */
    public ReportWizard preset(ReportType type, java.util.Optional<String> period) {
        page.preset(Objects.requireNonNull(type, "type"), Objects.requireNonNull(period, "period"));
        return this;
    }

    ReportWizardPage page() {
        return page;
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ReportSettings settings = page.settings();
        Display display = getShell().getDisplay();
        new ReportJob(PlanResources.copy(plan), settings, done -> display.asyncExec(() -> offerToOpen(display, done))).schedule();
        return true;
    }

    private static void offerToOpen(Display display, ReportSettings done) {
        if (display.isDisposed()) {
            return;
        }
        String path = done.output().toString();
        if (MessageDialog.openQuestion(display.getActiveShell(), Messages.Report_title, NLS.bind(Messages.Report_done, path))) {
            Program.launch(path);
        }
    }
}
