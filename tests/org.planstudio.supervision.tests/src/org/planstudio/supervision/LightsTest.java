package org.planstudio.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.planstudio.supervision.Fixtures.day;
import static org.planstudio.supervision.Fixtures.period;
import static org.planstudio.supervision.Fixtures.report;
import static org.planstudio.supervision.Fixtures.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.plan.UpdateStatus;

/** Each flag at its boundaries, on task t1 (deadline 2025-06-28) and Q1 2025 (report due 2025-04-10). */
class LightsTest {

    private static final SupervisionRules EXACT = SupervisionRules.defaults().withLagTolerancePercent(0)
            .withIndicatorLag(false);

    private final Plan plan = Fixtures.plan();

    private TaskLight light(String period, LocalDate today, SupervisionRules rules) {
        return Lights.evaluate(plan, task(plan, "t1"), period(plan, period), today, rules);
    }

    @Test
    void overdueOnlyAfterTheDeadlineDay() {
        report(plan, "t1", "period-2025-Q2", 100, UpdateStatus.SUBMITTED);
        TaskLight onTheDay = light("period-2025-Q2", day(2025, 6, 28), EXACT);
        assertFalse(onTheDay.has(Flag.OVERDUE), "the deadline day itself is not overdue");
        assertTrue(onTheDay.has(Flag.DUE_SOON), "the deadline day is due soon (0 days ahead)");
        assertEquals(Light.YELLOW, onTheDay.light());
        TaskLight dayAfter = light("period-2025-Q2", day(2025, 6, 29), EXACT);
        assertEquals(Set.of(Flag.OVERDUE), dayAfter.flags());
        assertEquals(Light.RED, dayAfter.light());
    }

    @Test
    void aCompletedOrCancelledTaskIsNeverOverdue() {
        task(plan, "t1").setStatus(TaskStatus.COMPLETED);
        assertEquals(Set.of(), light("period-2025-Q3", day(2025, 12, 1), EXACT).flags());
        task(plan, "t1").setStatus(TaskStatus.CANCELLED);
        assertEquals(Light.GREEN, light("period-2025-Q3", day(2025, 12, 1), EXACT).light());
    }

    @Test
    void dueSoonWithinTheConfiguredDaysOfTheDeadline() {
        report(plan, "t1", "period-2025-Q2", 80, UpdateStatus.SUBMITTED);
        assertTrue(light("period-2025-Q2", day(2025, 6, 13), EXACT).has(Flag.DUE_SOON), "15 days ahead");
        assertFalse(light("period-2025-Q2", day(2025, 6, 12), EXACT).has(Flag.DUE_SOON), "16 days ahead");
        SupervisionRules thirty = EXACT.withDueSoonDays(30);
        assertTrue(light("period-2025-Q2", day(2025, 5, 29), thirty).has(Flag.DUE_SOON), "30 days ahead, rule of 30");
        assertFalse(light("period-2025-Q2", day(2025, 5, 28), thirty).has(Flag.DUE_SOON), "31 days ahead");
    }

    @Test
    void dueSoonBeforeTheReportDateWhileNotReported() {
        assertTrue(light("period-2025-Q1", day(2025, 3, 26), EXACT).has(Flag.DUE_SOON), "report due in 15 days");
        assertFalse(light("period-2025-Q1", day(2025, 3, 25), EXACT).has(Flag.DUE_SOON), "report due in 16 days");
        report(plan, "t1", "period-2025-Q1", 50, UpdateStatus.SUBMITTED);
        assertFalse(light("period-2025-Q1", day(2025, 3, 26), EXACT).has(Flag.DUE_SOON), "reported: nothing due");
    }

    @Test
    void unreportedOnlyAfterTheReportDate() {
        TaskLight onDueDate = light("period-2025-Q1", day(2025, 4, 10), EXACT);
        assertFalse(onDueDate.has(Flag.UNREPORTED), "the report date itself is still in time");
        TaskLight dayAfter = light("period-2025-Q1", day(2025, 4, 11), EXACT);
        assertTrue(dayAfter.has(Flag.UNREPORTED));
        assertEquals(Light.RED, dayAfter.light());
        assertEquals(Light.YELLOW, light("period-2025-Q1", day(2025, 4, 11),
                EXACT.withLight(Flag.UNREPORTED, Light.YELLOW)).light(), "the mapping is configurable");
    }

    @Test
    void aDraftOrAReturnedUpdateIsNotReported() {
        var update = report(plan, "t1", "period-2025-Q1", 50, UpdateStatus.DRAFT);
        assertTrue(light("period-2025-Q1", day(2025, 4, 11), EXACT).has(Flag.UNREPORTED));
        update.setStatus(UpdateStatus.RETURNED);
        assertTrue(light("period-2025-Q1", day(2025, 4, 11), EXACT).has(Flag.UNREPORTED));
        update.setStatus(UpdateStatus.SUBMITTED);
        assertFalse(light("period-2025-Q1", day(2025, 4, 11), EXACT).has(Flag.UNREPORTED));
    }

    @Test
    void exactlyOnTheLinearExpectationIsNotLagging() {
        var update = report(plan, "t1", "period-2025-Q1", 50, UpdateStatus.SUBMITTED);
        TaskLight on = light("period-2025-Q1", day(2025, 4, 5), EXACT);
        assertEquals(0, new BigDecimal("50").compareTo(on.expectedPercent().orElseThrow()),
                "89 of 178 days: the expectation is 50 % on the period's last day");
        assertFalse(on.has(Flag.LAGGING));
        assertEquals(Light.GREEN, on.light());
        update.setPercent(49);
        TaskLight behind = light("period-2025-Q1", day(2025, 4, 5), EXACT);
        assertTrue(behind.has(Flag.LAGGING));
        assertEquals(Light.YELLOW, behind.light());
    }

    @Test
    void theToleranceGivesSlackUpToItsEdge() {
        var update = report(plan, "t1", "period-2025-Q1", 40, UpdateStatus.SUBMITTED);
        SupervisionRules ten = EXACT.withLagTolerancePercent(10);
        assertFalse(light("period-2025-Q1", day(2025, 4, 5), ten).has(Flag.LAGGING), "10 points behind, 10 allowed");
        update.setPercent(39);
        assertTrue(light("period-2025-Q1", day(2025, 4, 5), ten).has(Flag.LAGGING), "11 points behind");
    }

    @Test
    void withinThePeriodTheExpectationIsToday() {
        report(plan, "t1", "period-2025-Q1", 25, UpdateStatus.SUBMITTED);
        // 2025-02-14 is day 44 of 178: 24.7 %, so 25 % is on track although the quarter ends at 50 %.
        assertFalse(light("period-2025-Q1", day(2025, 2, 14), EXACT).has(Flag.LAGGING));
        assertTrue(light("period-2025-Q1", day(2025, 4, 5), EXACT).has(Flag.LAGGING));
    }

    @Test
    void aSkippedQuarterIsJudgedByTheLastReportedPercent() {
        report(plan, "t1", "period-2025-Q1", 50, UpdateStatus.SUBMITTED);
        TaskLight q2 = light("period-2025-Q2", day(2025, 6, 1), EXACT);
        assertEquals(50, q2.reportedPercent().orElseThrow());
        assertTrue(q2.has(Flag.LAGGING), "still 50 % two months later");
    }

    @Test
    void anIndicatorBehindItsProjectionMakesTheTaskLag() {
        Indicator indicator = Fixtures.F.createIndicator();
        indicator.setId("ind-1");
        indicator.setTarget(new BigDecimal("10"));
        indicator.setTargetYear(2026);
        indicator.setAccumulation(Accumulation.CUMULATIVE);
        CountingRule rule = Fixtures.F.createCountingRule();
        rule.setRegistry(RegistryKind.PLATFORM);
        indicator.setCountingRule(rule);
        Goal goal = Fixtures.F.createGoal();
        goal.setId("goal-1");
        goal.getIndicators().add(indicator);
        plan.getGoals().add(goal);
        TraceLink link = Fixtures.F.createTraceLink();
        link.setId("link-1");
        link.setKind(TraceKind.CONTRIBUTES_TO);
        link.setSource(task(plan, "t2"));
        link.setTarget(indicator);
        plan.getTraceLinks().add(link);
        var update = report(plan, "t2", "period-2026-Q1", 90, UpdateStatus.SUBMITTED);
        update.setTask(task(plan, "t2"));
        SupervisionRules withIndicators = EXACT.withIndicatorLag(true);
        TaskLight lagging = Lights.evaluate(plan, task(plan, "t2"), period(plan, "period-2026-Q1"), day(2026, 4, 5),
                withIndicators);
        assertTrue(lagging.has(Flag.LAGGING), "no platform registered a year and a quarter in: projected 0 of 10");
        assertEquals(java.util.List.of(indicator), lagging.laggingIndicators());
        assertFalse(Lights.evaluate(plan, task(plan, "t2"), period(plan, "period-2026-Q1"), day(2026, 4, 5), EXACT)
                .has(Flag.LAGGING), "switched off, the percent alone (90 % against 62 %) is on track");
    }

    @Test
    void aClosedOutTaskIsGreenWhateverItsDates() {
        var approval = Fixtures.F.createCloseOutApproval();
        approval.setId("co-1");
        approval.setTask(task(plan, "t1"));
        approval.setKind(org.planstudio.model.plan.CloseOutKind.CLOSE_OUT);
        plan.getCloseOutApprovals().add(approval);
        TaskLight light = light("period-2025-Q3", day(2025, 12, 1), EXACT);
        assertTrue(light.closedOut());
        assertEquals(Light.GREEN, light.light());
    }
}
