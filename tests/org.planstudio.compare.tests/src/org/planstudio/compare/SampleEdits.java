package org.planstudio.compare;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.io.PlanFormatException;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;

/**
 * The sample plan after a comment round, as the eleven divisions' comments would change it: the
 * title says 送审稿, a principle and a safeguard are written out, the goal and one target are
 * raised, one task is retitled, one moves to the first area, one is merged into another and goes,
 * a task on green technology is added, and the numbers follow. The docs' sample 修改前后对照表 is made
 * from it (docs/samples/render.sh).
 */
final class SampleEdits {

    static final String SAMPLE = "plans/beijing-bri-2024-2027.plan";
    private static final String P = "bj-bri-2024.";

    private SampleEdits() {
    }

    static Plan sample() throws IOException, PlanFormatException {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(SampleEdits.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry(SAMPLE);
        try (InputStream in = entry.openStream()) {
            return PlanResources.read(in, "beijing-bri-2024-2027.plan");
        }
    }

    static Plan afterCommentRound(Plan sample) {
        Plan plan = EcoreUtil.copy(sample);
        plan.getTitle().setZh("“一带一路”科技创新北京行动计划（2024-2027年）（送审稿）");
        plan.getGoals().get(0).getText().setZh(plan.getGoals().get(0).getText().getZh()
                .replace("核心作用进一步彰显", "引领作用充分彰显"));
        element(plan, "principle.co-build", Principle.class).getText()
                .setZh("面向“一带一路”重点国家和地区实施精准化、差异化的科技合作政策，共享科技成果和科技发展经验。");
        element(plan, "safeguard.2", Safeguard.class).getText()
                .setZh("统筹用好市级科技计划经费，引导金融机构和社会资本参与“一带一路”科技合作项目，形成多元化投入机制。");
        element(plan, "ind.entities", Indicator.class).setTarget(BigDecimal.valueOf(120));
        element(plan, "task.04", KeyTask.class).getTitle().setZh("深化医药健康产业创新合作");
        element(plan, "task.08", KeyTask.class).getTitle().setZh("共建“一带一路”联合研究平台和创新活动平台");

        // 海外综合服务平台 belongs to the working system (first area), after the 四库.
        TaskArea first = plan.getTaskAreas().get(0);
        first.getTasks().add(element(plan, "task.10", KeyTask.class));

        // 创新活动平台 is merged into task 8: the task and its links go.
        KeyTask merged = element(plan, "task.12", KeyTask.class);
        List<TraceLink> links = PlanQueries.linksTouching(plan, merged);
        plan.getTraceLinks().removeAll(links);
        // A comment on task 12 now concerns the task it went into, as the office would record it.
        KeyTask into = element(plan, "task.08", KeyTask.class);
        plan.getConsultations().forEach(consultation -> consultation.getComments().forEach(comment -> {
            if (comment.getConcerns().remove(merged) && !comment.getConcerns().contains(into)) {
                comment.getConcerns().add(into);
            }
        }));
        EcoreUtil.remove(merged);

        TaskArea industry = plan.getTaskAreas().get(1);
        KeyTask green = PlanFactory.eINSTANCE.createKeyTask();
        green.setId(P + "task.13");
        green.setTitle(Texts.of("推动绿色低碳技术合作"));
        green.setText(Texts.of("围绕清洁能源、节能环保等领域，支持在京企业与共建国家开展绿色低碳技术联合研发和示范应用。"));
        green.setStatus(TaskStatus.NOT_STARTED);
        green.getLeadUnits().addAll(element(plan, "task.07", KeyTask.class).getLeadUnits());
        industry.getTasks().add(green);
        link(plan, "link.task13.contributes-to.projects", TraceKind.CONTRIBUTES_TO, green,
                element(plan, "ind.projects", Indicator.class));

        int number = 1;
        for (TaskArea area : plan.getTaskAreas()) {
            for (KeyTask task : area.getTasks()) {
                task.setNumber(number++);
            }
        }
        return plan;
    }

    private static void link(Plan plan, String id, TraceKind kind, Identified source, Identified target) {
        TraceLink link = PlanFactory.eINSTANCE.createTraceLink();
        link.setId(P + id);
        link.setKind(kind);
        link.setSource(source);
        link.setTarget(target);
        plan.getTraceLinks().add(link);
    }

    private static <T> T element(Plan plan, String id, Class<T> type) {
        return type.cast(PlanQueries.find(plan, P + id).orElseThrow(() -> new AssertionError("sample has no " + P + id)));
    }
}
