package org.planstudio.ui.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.ui.testsupport.UiTest;

/**
 * The matrix model at the size the issue names: a thousand tasks by two hundred columns.
 * Timings are printed for docs/benchmarks.md, never asserted.
 */
@UiTest
class LargeMatrixTest {

    @Test
    void aThousandTasksByTwoHundredIndicators() {
        PlanFactory f = PlanFactory.eINSTANCE;
        Plan plan = f.createPlan();
        plan.setId("big");
        Goal goal = f.createGoal();
        goal.setId("g");
        plan.getGoals().add(goal);
        for (int c = 0; c < 200; c++) {
            Indicator indicator = f.createIndicator();
            indicator.setId("i" + c);
            indicator.setName(Texts.of("指标" + c));
            goal.getIndicators().add(indicator);
        }
        TaskArea area = f.createTaskArea();
        area.setId("a");
        plan.getTaskAreas().add(area);
        for (int r = 0; r < 1000; r++) {
            KeyTask task = f.createKeyTask();
            task.setId("t" + r);
            task.setNumber(r + 1);
            area.getTasks().add(task);
            for (int k = 0; k < 5; k++) {
                TraceLink link = f.createTraceLink();
                link.setId("l" + r + "-" + k);
                link.setKind(TraceKind.CONTRIBUTES_TO);
                link.setSource(task);
                link.setTarget(goal.getIndicators().get((r * 7 + k * 31) % 200));
                plan.getTraceLinks().add(link);
            }
        }
        long start = System.nanoTime();
        MatrixModel model = new MatrixModel(plan);
        long built = System.nanoTime();
        assertEquals(1000, model.rows().size());
        assertEquals(200, model.columns().size());
        int marked = 0;
        for (KeyTask task : model.rows()) {
            for (var column : model.columns()) {
                marked += model.link(task, column).isPresent() ? 1 : 0;
            }
        }
        long scanned = System.nanoTime();
        assertEquals(5000, marked, "every link is a marked cell");

        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                org.planstudio.model.edit.PlanAdapterFactories.create(), new BasicCommandStack());
        KeyTask first = model.rows().get(0);
        var emptyColumn = model.columns().stream().filter(c -> model.link(first, c).isEmpty()).findFirst().orElseThrow();
        domain.getCommandStack().execute(model.toggle(domain, first, emptyColumn));
        assertTrue(new MatrixModel(plan).link(first, emptyColumn).isPresent());
        domain.getCommandStack().undo();
        assertTrue(new MatrixModel(plan).link(first, emptyColumn).isEmpty());
        System.out.printf("PLANSTUDIO-BENCH matrix 1000x200 (5000 links): build %d ms, read all 200000 cells %d ms%n",
                (built - start) / 1_000_000, (scanned - built) / 1_000_000);
    }
}
