package org.planstudio.ui.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.text.PlanDates;
import org.planstudio.report.ReportType;
import org.planstudio.report.Reports;
import org.planstudio.supervision.Briefing;
import org.planstudio.supervision.Periods;
import org.planstudio.supervision.SupervisionRules;
import org.planstudio.supervision.TaskLight;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.report.ReportWizard;

/**
 * 情况通报 for the period chosen in the view: the red and yellow tasks under each lead unit with
 * why; Export opens the report wizard on the briefing report (Word after GB/T 9704, HTML, Excel)
 * for the same period, which writes it in a Job.
 */
final class BriefingDialog extends TrayDialog {

    static final int EXPORT = IDialogConstants.CLIENT_ID + 2;

    private final Plan plan;
    private final ReportingPeriod period;
    private final Briefing briefing;
    private Tree tree;

    BriefingDialog(Shell parent, Plan plan, ReportingPeriod period, LocalDate today, SupervisionRules rules) {
        super(parent);
        this.plan = plan;
        this.period = period;
        this.briefing = Briefing.of(plan, period, today, rules);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Briefing_title, Periods.label(period, Locale.getDefault())));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label summary = new Label(area, SWT.WRAP);
        summary.setText(summary());
        GridDataFactory.fillDefaults().grab(true, false).hint(860, SWT.DEFAULT).applyTo(summary);
        tree = new Tree(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(860, 420).applyTo(tree);
        column(Messages.Column_task, 320);
        column(Messages.Column_light, 80);
        column(Messages.Briefing_why, 260);
        column(Messages.Column_deadline, 110);
        column(Messages.Column_percent, 70);
        for (Briefing.UnitEntry entry : briefing.units()) {
            TreeItem unit = new TreeItem(tree, SWT.NONE);
            unit.setText(NLS.bind(Messages.Briefing_unit, new Object[] { unitName(entry), entry.red().size(),
                    entry.yellow().size() }));
            entry.red().forEach(light -> task(unit, light));
            entry.yellow().forEach(light -> task(unit, light));
            unit.setExpanded(true);
        }
        if (briefing.units().isEmpty()) {
            new TreeItem(tree, SWT.NONE).setText(Messages.Briefing_none);
        }
        LightColours.installTree(tree, 1);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, EXPORT, Messages.Briefing_export, false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == EXPORT) {
            new WizardDialog(getShell(), new ReportWizard(plan, List.of()).preset(ReportType.BRIEFING,
                    Optional.of(Reports.periodName(period)))).open();
        } else if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    String summary() {
        int total = briefing.red() + briefing.yellow() + briefing.green();
        return NLS.bind(Messages.Briefing_summary, new Object[] { PlanDates.format(PlanDates.toDate(briefing.asOf())),
                total, briefing.red(), briefing.yellow(), briefing.green() });
    }

    /** The tree's lines as shown (unit, then its tasks indented), for tests. */
    List<String> lines() {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (TreeItem unit : tree.getItems()) {
            lines.add(unit.getText(0));
            for (TreeItem task : unit.getItems()) {
                lines.add("  " + String.join(" | ", task.getText(0), task.getText(1), task.getText(2), task.getText(3),
                        task.getText(4)));
            }
        }
        return lines;
    }

    private void task(TreeItem unit, TaskLight light) {
        TreeItem item = new TreeItem(unit, SWT.NONE);
        item.setData(light.light());
        item.setText(new String[] { ModelLabels.element(light.task()), "\u25cf " + light.light().label(Locale.getDefault()),
                String.join("\u3001", light.flags().stream().map(f -> f.label(Locale.getDefault())).toList()),
                light.deadline().map(d -> PlanDates.format(PlanDates.toDate(d))).orElse(""),
                light.reportedPercent().map(p -> p + "%").orElse("") });
    }

    private String unitName(Briefing.UnitEntry entry) {
        return entry.unit().map(ModelLabels::element).orElse(Messages.Briefing_noUnit);
    }

    private void column(String text, int width) {
        TreeColumn column = new TreeColumn(tree, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }
}
