package org.planstudio.supervision;

import java.io.InputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.model.plan.ReportingPeriodKind;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.UpdateStatus;
import org.planstudio.model.plan.provider.PlanItemProviderAdapterFactory;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/** Small plans with known dates, and an editing domain like the plan editor's. */
final class Fixtures {

    static final PlanFactory F = PlanFactory.eINSTANCE;

    private Fixtures() {
    }

    /**
     * Plan 2025-2026, quarterly periods due 10 days after each quarter; task "t1" of unit "org-a"
     * has deadline 2025-06-28: 178 days after 2025-01-01, so on 2025-03-31 (89 days) the linear
     * expectation is exactly 50 %.
     */
    static Plan plan() {
        Plan plan = F.createPlan();
        plan.setId("plan-sup");
        plan.setTitle(Texts.of("测试计划"));
        plan.setStartYear(2025);
        plan.setEndYear(2026);
        plan.setReportingKind(ReportingPeriodKind.QUARTERLY);
        plan.getReportingPeriods().addAll(Periods.generate(2025, 2026, ReportingPeriodKind.QUARTERLY, 10));
        Organization a = unit(plan, "org-a", "信息化处");
        Organization b = unit(plan, "org-b", "卫生处");
        TaskArea area = F.createTaskArea();
        area.setId("area-1");
        area.setTitle(Texts.of("数字丝路"));
        plan.getTaskAreas().add(area);
        area.getTasks().add(task("t1", 1, a, LocalDate.of(2025, 6, 28)));
        area.getTasks().add(task("t2", 2, b, LocalDate.of(2026, 12, 31)));
        return plan;
    }

    static Organization unit(Plan plan, String id, String name) {
        Organization unit = F.createOrganization();
        unit.setId(id);
        unit.setName(Texts.of(name));
        plan.getOrganizations().add(unit);
        return unit;
    }

    static KeyTask task(String id, int number, Organization lead, LocalDate deadline) {
        KeyTask task = F.createKeyTask();
        task.setId(id);
        task.setNumber(number);
        task.setTitle(Texts.of("任务" + number));
        task.getLeadUnits().add(lead);
        task.setDeadline(PlanDates.toDate(deadline));
        task.setStatus(TaskStatus.IN_PROGRESS);
        return task;
    }

    static KeyTask task(Plan plan, String id) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).filter(t -> t.getId().equals(id))
                .findFirst().orElseThrow();
    }

    static ReportingPeriod period(Plan plan, String id) {
        return plan.getReportingPeriods().stream().filter(p -> p.getId().equals(id)).findFirst().orElseThrow();
    }

    static ProgressUpdate report(Plan plan, String task, String period, Integer percent, UpdateStatus status) {
        ProgressUpdate update = F.createProgressUpdate();
        update.setId("u-" + task + "-" + period);
        update.setTask(task(plan, task));
        update.setPeriod(period(plan, period));
        update.setPercent(percent);
        update.setDone(Texts.of("推进中"));
        update.setStatus(status);
        plan.getProgressUpdates().add(update);
        return update;
    }

    static AdapterFactoryEditingDomain domain(Plan plan) {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new PlanItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
    }

    static void execute(AdapterFactoryEditingDomain domain, Command command) {
        if (!command.canExecute()) {
            throw new AssertionError("command cannot execute: " + command.getLabel());
        }
        domain.getCommandStack().execute(command);
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The sample plan (Beijing BRI S&T action plan 2024-2027) from the samples bundle. */
    static Plan samplePlan() throws Exception {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(Periods.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry("plans/beijing-bri-2024-2027.plan");
        try (InputStream in = entry.openStream()) {
            return PlanResources.read(in, "beijing-bri-2024-2027.plan");
        }
    }
}
