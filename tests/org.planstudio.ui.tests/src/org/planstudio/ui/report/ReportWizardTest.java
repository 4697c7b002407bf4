package org.planstudio.ui.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.report.ReportFormat;
import org.planstudio.report.ReportType;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.testing.Workbench;
import org.planstudio.ui.testsupport.UiTest;

@UiTest
class ReportWizardTest {

    private IWorkbenchPage page;

    @BeforeEach
    void open() throws Exception {
        page = Workbench.openSamplePlan();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
        Workbench.processEvents();
    }

    @Test
    void theBackgroundJobWritesTheResponsibilityTableOfTheEditorsPlan() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        Path out = Files.createTempDirectory("report").resolve("分工表.html");
        ReportSettings settings = new ReportSettings(ReportType.RESPONSIBILITIES, ReportFormat.HTML,
                Locale.SIMPLIFIED_CHINESE, Optional.empty(), out);
        List<ReportSettings> finished = new java.util.concurrent.CopyOnWriteArrayList<>();
        ReportJob job = new ReportJob(org.planstudio.model.io.PlanResources.copy(editor.getPlan()), settings, finished::add);
        job.schedule();
        job.join();

        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertTrue(finished.contains(settings), "the wizard is told the report is done");
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("推动新一代信息技术应用"), "task 3 is in the table");
        assertTrue(html.contains("市科委") || html.contains("北京市科学技术委员会"), "the lead unit is named");
    }

    @Test
    void theBriefingIsWrittenForThePeriodChosenInTheWizard() throws Exception {
        PlanEditor editor = Workbench.editor(page);
        ReportWizard wizard = new ReportWizard(editor.getPlan(), List.of()).preset(ReportType.BRIEFING,
                Optional.of("2025-Q3"));
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(
                page.getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Workbench.processEvents();
        ReportWizardPage wizardPage = wizard.page();
        assertTrue(wizardPage.selectedType() == ReportType.BRIEFING);
        assertTrue(wizardPage.selectedPeriod().equals(Optional.of("2025-Q3")), wizardPage.selectedPeriod().toString());
        Path out = Files.createTempDirectory("report").resolve("briefing.html");
        ReportSettings chosen = wizardPage.settings();
        ReportSettings settings = new ReportSettings(chosen.type(), ReportFormat.HTML, Locale.SIMPLIFIED_CHINESE,
                chosen.revision(), out, chosen.period());
        dialog.close();
        ReportJob job = new ReportJob(org.planstudio.model.io.PlanResources.copy(editor.getPlan()), settings, done -> {
        });
        job.schedule();
        job.join();
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("2025年第三季度督查督办情况通报"), "the briefing of the period chosen");
    }
}
