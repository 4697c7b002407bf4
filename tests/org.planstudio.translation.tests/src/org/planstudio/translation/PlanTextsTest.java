package org.planstudio.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;
import org.planstudio.model.text.TranslationState;

class PlanTextsTest {

    private final Plan plan = TestPlans.plan();

    private static Map<String, TranslationState> states(List<PlanText> texts) {
        return texts.stream().collect(Collectors.toMap(PlanText::key, PlanText::state));
    }

    @Test
    void listsEveryTextWithChineseInDocumentOrderWithItsState() {
        List<PlanText> all = PlanTexts.all(plan);
        // The plan's own order: goals (and their indicators) come before the task areas.
        assertEquals(List.of("plan-t#title", "ind-1#name", "ind-1#countingRule.description", "area-1#title",
                "task-1#title", "task-2#title", "task-3#title"), all.stream().map(PlanText::key).toList());
        Map<String, TranslationState> states = states(all);
        assertEquals(TranslationState.CURRENT, states.get("plan-t#title"));
        assertEquals(TranslationState.MISSING, states.get("task-2#title"));
        assertEquals(TranslationState.STALE, states.get("task-3#title"), "Chinese changed after the English");
        assertEquals(TranslationState.MISSING, states.get("ind-1#countingRule.description"));
        PlanText task3 = all.get(6);
        assertEquals("KeyTask", task3.elementKind());
        assertEquals("培养青年科技人才", task3.zh());
        assertEquals("Train young scientists", task3.en().orElseThrow());
    }

    @Test
    void needingTranslationIsMissingAndOutdated() {
        assertEquals(List.of("ind-1#countingRule.description", "area-1#title", "task-2#title", "task-3#title"),
                PlanTexts.needingTranslation(plan).stream().map(PlanText::key).toList());
    }

    @Test
    void aTranslationBecomesOutdatedWhenItsChineseChanges() {
        KeyTask task1 = plan.getTaskAreas().get(0).getTasks().get(0);
        assertEquals(TranslationState.CURRENT, PlanTexts.find(plan, "task-1", "title").orElseThrow().state());
        task1.getTitle().setZh("建设一批联合实验室");
        assertEquals(TranslationState.STALE, PlanTexts.find(plan, "task-1", "title").orElseThrow().state());
        assertTrue(PlanTexts.needingTranslation(plan).stream().anyMatch(t -> t.key().equals("task-1#title")));
    }

    @Test
    void figureCountsCurrentTranslationsOfNonEmptyChinese() {
        assertEquals(new TranslationFigure(3, 7), PlanTexts.figure(plan));
        assertEquals(42, PlanTexts.figure(plan).percent());
        plan.getTaskAreas().get(0).getTasks().get(0).getTitle().setZh("改了");
        assertEquals(new TranslationFigure(2, 7), PlanTexts.figure(plan));
        // A Chinese text written where there was none adds to the total.
        plan.getTaskAreas().get(0).getTasks().get(2).getText().setZh("新内容");
        assertEquals(new TranslationFigure(2, 8), PlanTexts.figure(plan));
    }

    @Test
    void findResolvesNestedFieldsAndNothingElse() {
        assertEquals("计入运行中的平台", PlanTexts.find(plan, "ind-1", "countingRule.description").orElseThrow().zh());
        assertTrue(PlanTexts.find(plan, "ind-1", "countingRule").isEmpty(), "not a text");
        assertTrue(PlanTexts.find(plan, "ind-1", "code").isEmpty(), "an attribute");
        assertTrue(PlanTexts.find(plan, "task-3", "text").isEmpty(), "no Chinese");
        assertTrue(PlanTexts.find(plan, "area-1", "tasks[0].title").isEmpty(), "a path never enters another element");
        assertTrue(PlanTexts.find(plan, "nobody", "title").isEmpty());
    }

    @Test
    void setEnglishIsOneUndoableCommandRecordingTheCurrentChinese() {
        BasicCommandStack stack = new BasicCommandStack();
        PlanText task3 = PlanTexts.find(plan, "task-3", "title").orElseThrow();
        stack.execute(TranslationCommands.setEnglish(null, task3.text(), "Train young S&T talent"));
        assertEquals(TranslationState.CURRENT, task3.state());
        assertEquals("Train young S&T talent", task3.en().orElseThrow());
        stack.undo();
        assertEquals(TranslationState.STALE, task3.state());
        assertEquals("Train young scientists", task3.en().orElseThrow());

        PlanText task2 = PlanTexts.find(plan, "task-2", "title").orElseThrow();
        stack.execute(TranslationCommands.setEnglish(null, task2.text(), "Carry out joint R&D projects"));
        assertEquals(Texts.digest(TestPlans.TASK_2_TITLE), task2.text().getTranslations().get(0).getSourceDigest());
        stack.undo();
        assertEquals(TranslationState.MISSING, task2.state());
    }

    @Test
    void blankEnglishRemovesTheTranslation() {
        BasicCommandStack stack = new BasicCommandStack();
        PlanText task1 = PlanTexts.find(plan, "task-1", "title").orElseThrow();
        stack.execute(TranslationCommands.setEnglish(null, task1.text(), "  "));
        assertEquals(TranslationState.MISSING, task1.state());
        assertTrue(task1.text().getTranslations().isEmpty());
        stack.undo();
        assertEquals(TranslationState.CURRENT, task1.state());
        Command nothing = TranslationCommands.setEnglish(null, PlanTexts.find(plan, "task-2", "title").orElseThrow().text(), "");
        assertFalse(nothing.canExecute(), "no English to remove");
    }
}
