package org.planstudio.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;

/** Each rule on a plan built to trip exactly it; the plan starts clean (no finding at all). */
class GapAnalysisTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private TestModel m;
    private Organization lead;
    private Indicator platforms;
    private TaskArea area;
    private KeyTask task;
    private Safeguard safeguard;
    private RegistryItem item;
    private TraceLink contributes;

    @BeforeEach
    void clean() {
        m = new TestModel(2024, 2027);
        lead = m.organization("stc");
        Principle principle = m.principle("co-build");
        platforms = m.indicator("platforms", "建设科技创新平台", "Platforms built", 2, Accumulation.CUMULATIVE,
                RegistryKind.PLATFORM, List.of(), List.of(ItemStatus.ACTIVE), true);
        area = m.area("area", 1);
        task = m.task(area, "task", 1, null, "建设联合实验室", "Build joint laboratories", lead);
        safeguard = m.safeguard("safeguard", 1);
        item = m.platform("lab", "joint-lab", ItemStatus.ACTIVE, "2024-03-01", null);
        m.platform("lab2", "joint-lab", ItemStatus.ACTIVE, "2025-03-01", null);
        contributes = m.link(TraceKind.CONTRIBUTES_TO, task, platforms);
        m.link(TraceKind.GUIDED_BY, task, principle);
        m.link(TraceKind.SUPPORTS, safeguard, task);
        m.link(TraceKind.IMPLEMENTS, item, task);
        m.link(TraceKind.IMPLEMENTS, m.plan.getPlatforms().get(1), task);
    }

    private List<Gap> gaps() {
        return GapAnalysis.analyse(m.plan, AS_OF);
    }

    private static Gap gap(GapKind kind, Identified element) {
        return new Gap(kind, element);
    }

    @Test
    void theCleanPlanHasNoFinding() {
        assertEquals(List.of(), gaps());
    }

    @Test
    void indicatorUnservedAndTaskServingNoIndicator() {
        m.plan.getTraceLinks().remove(contributes);
        assertEquals(List.of(gap(GapKind.INDICATOR_UNSERVED, platforms), gap(GapKind.TASK_SERVES_NO_INDICATOR, task)),
                gaps());
    }

    @Test
    void aCancelledTaskServesNothingAndIsNotAskedTo() {
        task.setStatus(TaskStatus.CANCELLED);
        task.getLeadUnits().clear();
        assertEquals(List.of(gap(GapKind.INDICATOR_UNSERVED, platforms)), gaps());
    }

    @Test
    void taskWithoutLead() {
        task.getLeadUnits().clear();
        assertEquals(List.of(gap(GapKind.TASK_WITHOUT_LEAD, task)), gaps());
    }

    @Test
    void safeguardSupportingNothing() {
        Safeguard idle = m.safeguard("idle", 2);
        assertEquals(List.of(gap(GapKind.SAFEGUARD_SUPPORTS_NOTHING, idle)), gaps());
    }

    @Test
    void itemImplementingNoTaskUnlessCancelled() {
        RegistryItem orphan = m.platform("orphan", "incubator", ItemStatus.PLANNED, "2025-01-01", null);
        m.platform("cancelled", "incubator", ItemStatus.CANCELLED, "2025-01-01", null);
        assertEquals(List.of(gap(GapKind.ITEM_IMPLEMENTS_NO_TASK, orphan)), gaps());
    }

    @Test
    void targetUnreachableAtTheCurrentRate() {
        platforms.setTarget(java.math.BigDecimal.valueOf(5));
        List<Gap> gaps = gaps();
        assertEquals(1, gaps.size());
        Gap gap = gaps.get(0);
        assertEquals(GapKind.TARGET_UNREACHABLE, gap.kind());
        assertEquals(platforms, gap.element());
        assertEquals(Severity.WARNING, gap.severity());
        // 2 platforms in 731 days of 1461: 4.0 by the end of 2027.
        assertEquals(Optional.of(new java.math.BigDecimal("4.0")), gap.progress().orElseThrow().projectedAtTargetYear());
        assertEquals("At the current rate the indicator \"Platforms built\" will reach 4 platforms by the end of 2027,"
                + " short of its target of 5 platforms.", gap.message(Locale.ENGLISH));
        assertEquals("按当前进度，指标“建设科技创新平台”到2027年底预计完成4个，低于目标值5个。", gap.message(Locale.CHINA));
        assertEquals(List.of(), GapAnalysis.analyse(m.plan, LocalDate.of(2024, 12, 31)), "not judged in the first year");
        Gap missed = GapAnalysis.analyse(m.plan, LocalDate.of(2028, 3, 1)).get(0);
        assertEquals("The indicator \"Platforms built\" reached 2 platforms by the end of 2027, short of its target of"
                + " 5 platforms.", missed.message(Locale.ENGLISH));
    }

    @Test
    void suspectLink() {
        contributes.setSuspect(true);
        List<Gap> gaps = gaps();
        assertEquals(List.of(gap(GapKind.SUSPECT_LINK, contributes)), gaps);
        assertEquals("The link \"1. Build joint laboratories\" contributes to \"Platforms built\" is suspect: an end of"
                + " it changed after the baseline. Review it.", gaps.get(0).message(Locale.ENGLISH));
        assertEquals("关联“1. 建设联合实验室”支撑“建设科技创新平台”待复核：基线之后其一端已修改，请复核。",
                gaps.get(0).message(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aLinkOfTheWrongKindIsReportedAndServesNothing() {
        contributes.setKind(TraceKind.SUPPORTS);
        TraceLink dangling = m.link(TraceKind.IMPLEMENTS, item, null);
        assertEquals(List.of(gap(GapKind.INDICATOR_UNSERVED, platforms), gap(GapKind.TASK_SERVES_NO_INDICATOR, task),
                gap(GapKind.LINK_KIND_MISMATCH, contributes), gap(GapKind.LINK_KIND_MISMATCH, dangling)), gaps());
        assertEquals(Severity.ERROR, gaps().get(2).severity());
        assertEquals("A \"supports\" link cannot join \"1. Build joint laboratories\" to \"Platforms built\".",
                gaps().get(2).message(Locale.ENGLISH));
        assertEquals("“落实”类关联不能从“条目lab”连到“（缺失）”。", gaps().get(3).message(Locale.CHINESE));
    }

    @Test
    void messagesNameTheElementInTheLocalesLanguage() {
        task.getLeadUnits().clear();
        Gap gap = gaps().get(0);
        assertEquals("The key task \"1. Build joint laboratories\" has no lead unit.", gap.message(Locale.ENGLISH));
        assertEquals("重点任务“1. 建设联合实验室”没有牵头单位。", gap.message(Locale.CHINA));
        assertEquals(gap.message(Locale.ENGLISH), gap.message(Locale.FRENCH), "other languages read English");
    }

    @Test
    void everyKindAndSeverityHasEnglishAndChineseTexts() {
        for (GapKind kind : GapKind.values()) {
            assertFalse(kind.label(Locale.ENGLISH).startsWith("kind."), kind.name());
            assertTrue(kind.label(Locale.CHINESE).codePoints().anyMatch(c -> c >= 0x4e00), kind.name());
            Identified element = switch (kind) {
                case SUSPECT_LINK, LINK_KIND_MISMATCH -> contributes;
                default -> task;
            };
            if (kind != GapKind.TARGET_UNREACHABLE) {
                Gap gap = gap(kind, element);
                assertFalse(gap.message(Locale.ENGLISH).startsWith("gap."), kind.name());
                assertTrue(gap.message(Locale.CHINESE).codePoints().anyMatch(c -> c >= 0x4e00), kind.name());
            }
        }
        for (Severity severity : Severity.values()) {
            assertTrue(severity.label(Locale.CHINESE).codePoints().anyMatch(c -> c >= 0x4e00), severity.name());
        }
    }

    @Test
    void findingsComeKindByKindInPlanOrder() {
        task.getLeadUnits().clear();
        KeyTask second = m.task(area, "task2", 2, null, "任务二", "Task two", null);
        Safeguard idle = m.safeguard("idle", 2);
        assertEquals(List.of(gap(GapKind.TASK_WITHOUT_LEAD, task), gap(GapKind.TASK_WITHOUT_LEAD, second),
                gap(GapKind.TASK_SERVES_NO_INDICATOR, second), gap(GapKind.SAFEGUARD_SUPPORTS_NOTHING, idle)), gaps());
    }
}
