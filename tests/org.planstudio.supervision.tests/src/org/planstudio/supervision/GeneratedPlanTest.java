package org.planstudio.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.supervision.synthetic.UpdateGenerator;

/** The sample plan with generated updates over nine quarters, judged on 2026-06-30. */
class GeneratedPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final long SEED = 20260630L;

    private static Plan generated() throws Exception {
        return UpdateGenerator.generate(Fixtures.samplePlan(), TODAY, SEED);
    }

    @Test
    void theGeneratorIsDeterministic() throws Exception {
        Plan one = generated();
        Plan two = generated();
        assertTrue(PlanResources.equal(one, two), "same seed and day, same plan");
        Plan other = UpdateGenerator.generate(Fixtures.samplePlan(), TODAY, SEED + 1);
        assertFalse(PlanResources.equal(one, other), "another seed, other updates");
        PlanResources.toBytes(one);
    }

    @Test
    void updatesCoverSeveralPeriodsAndEveryFlagOccurs() throws Exception {
        Plan plan = generated();
        assertEquals(16, plan.getReportingPeriods().size());
        Set<ReportingPeriod> reported = plan.getProgressUpdates().stream().map(ProgressUpdate::getPeriod)
                .collect(Collectors.toSet());
        assertTrue(reported.size() >= 8, "updates over at least eight quarters, got " + reported.size());
        for (ProgressUpdate update : plan.getProgressUpdates()) {
            assertTrue(Periods.reportDue(update.getPeriod()).isBefore(TODAY), "no update for a period not yet due");
        }
        // Judged in the quarter being reported on (Q1 2026, due 2026-04-10) and in the current one.
        ReportingPeriod q1 = Fixtures.period(plan, "period-2026-Q1");
        ReportingPeriod q2 = Fixtures.period(plan, "period-2026-Q2");
        Set<Flag> seen = EnumSet.noneOf(Flag.class);
        List<TaskLight> q1Lights = Lights.evaluate(plan, q1, TODAY, SupervisionRules.defaults());
        Lights.evaluate(plan, q2, TODAY, SupervisionRules.defaults()).forEach(l -> seen.addAll(l.flags()));
        q1Lights.forEach(l -> seen.addAll(l.flags()));
        assertEquals(EnumSet.allOf(Flag.class), seen, "every flag on the generated plan");
        assertEquals(12, q1Lights.size());

        for (TaskLight light : q1Lights) {
            KeyTask task = light.task();
            boolean unreported = !CloseOut.isClosedOut(plan, task) && !Updates.isReported(plan, task, q1)
                    && task.getStatus() != org.planstudio.model.plan.TaskStatus.COMPLETED;
            assertEquals(unreported, light.has(Flag.UNREPORTED), task.getId());
            if (light.has(Flag.OVERDUE)) {
                assertTrue(Periods.end(q1).isAfter(LocalDate.MIN) && light.deadline().orElseThrow().isBefore(TODAY));
            }
        }
    }

    @Test
    void theBriefingListsRedAndYellowByUnitAndUpdatesDueMatchTheUnreported() throws Exception {
        Plan plan = generated();
        ReportingPeriod q1 = Fixtures.period(plan, "period-2026-Q1");
        Briefing briefing = Briefing.of(plan, q1, TODAY, SupervisionRules.defaults());
        List<TaskLight> lights = Lights.evaluate(plan, q1, TODAY, SupervisionRules.defaults());
        assertEquals(lights.size(), briefing.green() + briefing.yellow() + briefing.red());
        assertTrue(briefing.red() > 0 && briefing.yellow() > 0, "red " + briefing.red() + ", yellow " + briefing.yellow());
        for (Briefing.UnitEntry entry : briefing.units()) {
            assertFalse(entry.red().isEmpty() && entry.yellow().isEmpty());
            entry.red().forEach(l -> assertEquals(Light.RED, l.light()));
            entry.yellow().forEach(l -> assertEquals(Light.YELLOW, l.light()));
            for (TaskLight light : entry.red()) {
                assertTrue(entry.unit().map(u -> light.task().getLeadUnits().contains(u)).orElse(true));
            }
        }
        long listedRed = lights.stream().filter(l -> l.light() == Light.RED).count();
        assertEquals(listedRed, briefing.units().stream().flatMap(u -> u.red().stream()).map(TaskLight::task)
                .distinct().count());

        Map<Organization, List<UpdatesDue.Due>> due = UpdatesDue.byUnit(plan, q1, TODAY);
        Set<KeyTask> owed = due.values().stream().flatMap(List::stream).map(UpdatesDue.Due::task)
                .collect(Collectors.toSet());
        Set<KeyTask> unreported = lights.stream().filter(l -> l.has(Flag.UNREPORTED)).map(TaskLight::task)
                .collect(Collectors.toSet());
        assertEquals(unreported, owed);
        due.values().stream().flatMap(List::stream).forEach(d -> assertTrue(d.late()));
        for (Map.Entry<Organization, List<UpdatesDue.Due>> entry : due.entrySet()) {
            assertEquals(entry.getValue(), UpdatesDue.forUnit(plan, q1, entry.getKey(), TODAY));
            entry.getValue().forEach(d -> assertTrue(d.task().getLeadUnits().contains(entry.getKey())));
        }
    }
}
