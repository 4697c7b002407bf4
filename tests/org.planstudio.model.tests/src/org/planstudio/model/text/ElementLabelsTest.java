package org.planstudio.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.TraceLink;

class ElementLabelsTest {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    @Test
    void aNamedTaskIsCalledByItsNumberAndTitle() {
        KeyTask task = task();
        LocalizedText title = F.createLocalizedText();
        title.setZh("建设联合实验室");
        task.setTitle(title);

        assertEquals("3. 建设联合实验室", ElementLabels.text(task, Locale.CHINA));
    }

    @Test
    void aNewTaskNobodyNamedIsUntitledNotItsUuid() {
        KeyTask task = task();

        assertEquals("3. （未命名）", ElementLabels.text(task, Locale.SIMPLIFIED_CHINESE));
        assertEquals("3. (untitled)", ElementLabels.text(task, Locale.ENGLISH));
    }

    @Test
    void anEmptyTitleCountsAsNoTitle() {
        KeyTask task = task();
        LocalizedText title = F.createLocalizedText();
        title.setZh("  ");
        task.setTitle(title);

        assertEquals("3. （未命名）", ElementLabels.text(task, Locale.CHINA));
    }

    @Test
    void anElementWithoutANameFeatureKeepsItsId() {
        TraceLink link = F.createTraceLink();
        link.setId("link-7");

        assertEquals("link-7", ElementLabels.text(link, Locale.CHINA));
    }

    private static KeyTask task() {
        KeyTask task = F.createKeyTask();
        task.setId("6f1c2a5e-0000-4000-8000-000000000003");
        task.setNumber(3);
        return task;
    }
}
