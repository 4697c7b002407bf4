package org.planstudio.authoring.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.planstudio.authoring.plans.SettingsProblem.Field;
import org.planstudio.model.plan.PlanStatus;

class PlanSettingsCheckTest {

    private final PlanSettingsCheck check = new PlanSettingsCheck(Set.of("bj-bri-2024", "plan-2028-2031"),
            Set.of("old-plan"));

    private static PlanSettings settings(String id, String titleZh, int start, int end) {
        return new PlanSettings(id, titleZh, "", start, end, PlanStatus.DRAFT_FOR_COMMENT, List.of());
    }

    private List<Field> fields(PlanSettings settings) {
        return check.check(settings).stream().map(SettingsProblem::field).toList();
    }

    @Test
    void goodSettingsHaveNoProblem() {
        assertEquals(List.of(), check.check(settings("plan-new", "新规划", 2028, 2031)));
        assertEquals(List.of(), check.check(settings("p", "单年规划", 2028, 2028)));
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertEquals(List.of(Field.ID, Field.TITLE, Field.PERIOD), fields(settings("", " ", 2031, 2028)));
        assertEquals(List.of(Field.ID), fields(settings("two words", "新规划", 2028, 2031)));
        assertEquals(List.of(Field.PERIOD), fields(settings("plan-x", "新规划", 1800, 2031)));
    }

    @Test
    void takenIdsAreRefusedAndADeletedPlansIdSaysHowToGetItBack() {
        SettingsProblem live = check.checkId("bj-bri-2024").orElseThrow();
        assertTrue(live.message(Locale.ENGLISH).contains("already in the database"), live.message(Locale.ENGLISH));
        assertTrue(live.message(Locale.SIMPLIFIED_CHINESE).contains("已有"), live.message(Locale.SIMPLIFIED_CHINESE));

        SettingsProblem deleted = check.checkId(" old-plan ").orElseThrow();
        assertEquals("problem.idOfDeletedPlan", deleted.key());
        assertTrue(deleted.message(Locale.ENGLISH).contains("restore"), deleted.message(Locale.ENGLISH));
        assertTrue(deleted.message(Locale.SIMPLIFIED_CHINESE).contains("恢复"));
    }

    @Test
    void malformedIdMessageQuotesTheIdInBothLanguages() {
        SettingsProblem problem = check.checkId("规划 一").orElseThrow();
        assertTrue(problem.message(Locale.ENGLISH).contains("\"规划 一\""), problem.message(Locale.ENGLISH));
        assertTrue(problem.message(Locale.SIMPLIFIED_CHINESE).contains("“规划 一”"));
        SettingsProblem period = PlanSettingsCheck.checkPeriod(2031, 2028).orElseThrow();
        assertTrue(period.message(Locale.ENGLISH).contains("2028") && period.message(Locale.ENGLISH).contains("2031"));
    }

    @Test
    void suggestedIdsAreFree() {
        assertEquals("plan-2028-2031-2", check.suggestId(2028, 2031));
        assertEquals("plan-2032-2035", check.suggestId(2032, 2035));
    }
}
