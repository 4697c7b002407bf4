package org.planstudio.authoring.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.planstudio.authoring.plans.PlanSettings.IssuerName;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.OrganizationKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.text.Texts;

class BlankPlanTest {

    static PlanSettings settings(String id) {
        return new PlanSettings(" " + id + " ", "北京市数字经济行动计划（2028-2031年）", "Beijing Digital Economy Action Plan",
                2028, 2031, PlanStatus.DRAFT_FOR_COMMENT,
                List.of(new IssuerName("北京市经济和信息化局", "Beijing Municipal Bureau of Economy and Information Technology"),
                        new IssuerName("  ", ""), new IssuerName("北京市科学技术委员会", "")));
    }

    @Test
    void aBlankPlanHasTheIdentityGivenAndTheStandardOutline() throws Exception {
        Plan plan = BlankPlan.create(settings("plan-digital"));

        assertEquals("plan-digital", plan.getId());
        assertEquals(Optional.of("北京市数字经济行动计划（2028-2031年）"), Texts.zh(plan.getTitle()));
        assertEquals(Optional.of("Beijing Digital Economy Action Plan"), Texts.en(plan.getTitle()));
        assertEquals(2028, plan.getStartYear());
        assertEquals(2031, plan.getEndYear());
        assertEquals(PlanStatus.DRAFT_FOR_COMMENT, plan.getStatus());
        assertNull(plan.getDerivedFromPlanId());
        assertNull(plan.getIssueDate());

        // The blank issuer name is skipped; the others become organisations of the plan.
        assertEquals(2, plan.getIssuers().size());
        assertEquals(plan.getOrganizations(), plan.getIssuers());
        assertEquals(Optional.of("北京市科学技术委员会"), Texts.zh(plan.getIssuers().get(1).getName()));
        assertEquals(Optional.empty(), Texts.en(plan.getIssuers().get(1).getName()));
        assertEquals(OrganizationKind.GOVERNMENT, plan.getIssuers().get(0).getKind());

        // 总体要求: an empty guiding ideology and a goal for the period's end; 重点任务: one area; 保障措施: one.
        assertEquals(Optional.of(""), Texts.zh(plan.getGuidingIdeology()));
        assertEquals(1, plan.getGoals().size());
        assertEquals(2031, plan.getGoals().get(0).getTargetYear());
        assertEquals(Optional.of("总体目标"), Texts.zh(plan.getGoals().get(0).getTitle()));
        assertEquals(Optional.of("Overall goal"), Texts.en(plan.getGoals().get(0).getTitle()));
        assertEquals(1, plan.getTaskAreas().size());
        assertEquals(1, plan.getTaskAreas().get(0).getNumber());
        assertTrue(Texts.en(plan.getTaskAreas().get(0).getTitle()).isPresent());
        assertEquals(1, plan.getSafeguards().size());
        assertTrue(Texts.zh(plan.getSafeguards().get(0).getTitle()).orElseThrow().length() > 1);
        assertTrue(plan.getTraceLinks().isEmpty() && plan.getPlatforms().isEmpty());
    }

    @Test
    void aBlankPlanIsAValidPlanFile() throws Exception {
        Plan plan = BlankPlan.create(settings("plan-digital"));
        assertEquals(Map.of(), Ids.duplicates(plan));
        assertEquals(List.of(), Ids.missing(plan));
        Plan back = PlanResources.read(new ByteArrayInputStream(PlanResources.toBytes(plan)), "blank.plan");
        assertTrue(PlanResources.equal(plan, back));
    }

    @Test
    void twoBlankPlansShareNoElementIds() {
        Plan a = BlankPlan.create(settings("plan-a"));
        Plan b = BlankPlan.create(settings("plan-b"));
        assertTrue(a.getGoals().get(0).getId() != null
                && !a.getGoals().get(0).getId().equals(b.getGoals().get(0).getId()));
        assertTrue(!a.getIssuers().get(0).getId().equals(b.getIssuers().get(0).getId()));
    }
}
