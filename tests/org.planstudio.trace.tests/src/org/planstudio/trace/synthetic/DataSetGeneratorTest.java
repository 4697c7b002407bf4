package org.planstudio.trace.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.trace.internal.WellFormedLinks;

class DataSetGeneratorTest {

    @Test
    void theSameArgumentsGiveEqualPlansAndAnotherSeedDoesNot() {
        List<Plan> first = DataSetGenerator.generate(7, 3, 20, 900, 3000);
        List<Plan> second = DataSetGenerator.generate(7, 3, 20, 900, 3000);
        for (int p = 0; p < 3; p++) {
            assertTrue(PlanResources.equal(first.get(p), second.get(p)), "plan " + p);
        }
        assertFalse(PlanResources.equal(first.get(1), DataSetGenerator.generate(8, 3, 20, 900, 3000).get(1)));
        assertTrue(PlanResources.equal(first.get(1), DataSetGenerator.generate(7, 2, 20, 600, 2000).get(1)),
                "a plan does not depend on how many others are generated");
    }

    @Test
    void totalsAreExactAndSpreadOverThePlans() {
        List<Plan> plans = DataSetGenerator.generate(1, 4, 25, 1001, 4003);
        assertEquals(4, plans.size());
        assertEquals(List.of(251, 250, 250, 250), plans.stream().map(DataSetGeneratorTest::items).toList());
        assertEquals(List.of(1001, 1001, 1001, 1000), plans.stream().map(p -> p.getTraceLinks().size()).toList());
        for (Plan plan : plans) {
            assertEquals(25, PlanQueries.tasks(plan).size());
            assertEquals(5, plan.getGoals().get(0).getIndicators().size());
            assertTrue(Ids.duplicates(plan).isEmpty() && Ids.missing(plan).isEmpty(), plan.getId());
            assertTrue(plan.getStartYear() >= 2023 && plan.getEndYear() >= plan.getStartYear() + 3);
        }
    }

    @Test
    void linksAreWellFormedExceptTheDeliberateOnes() {
        Plan plan = DataSetGenerator.generate(3, 1, 50, 2000, 10_000).get(0);
        List<TraceLink> malformed = plan.getTraceLinks().stream().filter(l -> !WellFormedLinks.wellFormed(l)).toList();
        assertEquals(1, malformed.size(), "plan 0 has its one link of the wrong kind");
        long pairs = plan.getTraceLinks().stream().map(l -> l.getSource().getId() + ">" + l.getTarget().getId()
                + l.getKind()).distinct().count();
        assertEquals(plan.getTraceLinks().size(), pairs, "an element links to another at most once per kind");
    }

    private static int items(Plan plan) {
        return plan.getPlatforms().size() + plan.getJointProjects().size() + plan.getInnovationEntities().size()
                + plan.getExperts().size();
    }
}
