package org.planstudio.model.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.planstudio.model.TestPlans;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;

class IdsTest {

    @Test
    void newIdsAreDistinctUuids() {
        String id = Ids.newId();

        assertEquals(id, UUID.fromString(id).toString());
        assertNotEquals(id, Ids.newId());
    }

    @Test
    void wellFormedIdsAreThoseAReferenceListCanHold() {
        assertTrue(Ids.isWellFormed(Ids.newId()));
        assertTrue(Ids.isWellFormed("bj-bri-2024"));
        assertTrue(Ids.isWellFormed("org.bjstc"));
        assertTrue(Ids.isWellFormed("a".repeat(255)));
        for (String bad : new String[] {null, "", " ", "two words", "-leading", "规划", "a#b", "a/b", "<x>",
                "a".repeat(256)}) {
            assertFalse(Ids.isWellFormed(bad), bad);
        }
    }

    @Test
    void aPlanWithUniqueIdsHasNoDuplicates() {
        assertTrue(Ids.duplicates(TestPlans.small()).isEmpty());
        assertTrue(Ids.missing(TestPlans.small()).isEmpty());
    }

    @Test
    void duplicatesAreListedWithTheirElementsInDocumentOrder() {
        Plan plan = TestPlans.small();
        Organization clash = TestPlans.organization("task.02", "重名单位");
        plan.getOrganizations().add(clash);
        plan.getTaskAreas().get(1).getTasks().get(0).setId("plan");

        var duplicates = Ids.duplicates(plan);

        assertEquals(List.of("plan", "task.02"), List.copyOf(duplicates.keySet()));
        assertEquals(List.of(plan, plan.getTaskAreas().get(1).getTasks().get(0)), duplicates.get("plan"));
        KeyTask task = plan.getTaskAreas().get(0).getTasks().get(1);
        assertEquals(List.of(task, clash), duplicates.get("task.02"));
    }

    @Test
    void missingIdsAreListed() {
        Plan plan = TestPlans.small();
        KeyTask task = plan.getTaskAreas().get(0).getTasks().get(0);
        task.setId(null);
        Organization blank = TestPlans.organization(" ", "无标识");
        plan.getOrganizations().add(blank);

        assertEquals(List.of(task, blank), Ids.missing(plan));
        assertTrue(Ids.duplicates(plan).isEmpty());
    }
}
