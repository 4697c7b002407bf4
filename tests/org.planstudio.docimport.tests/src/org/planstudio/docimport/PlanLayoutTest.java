package org.planstudio.docimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/**
 * A plan laid out as action plans are (not a drafting explanation): principles, areas and tasks
 * as headings, tasks numbered on across areas, body sharing the heading's paragraph, a document
 * number in the head and the signature with the date at the end. The text is made up for the test.
 */
class PlanLayoutTest {

    private static final String PLAN = String.join("\n",
            "京科发〔2023〕15号",
            "北京市促进人工智能产业创新发展行动计划（2023-2025年）",
            "为加快建设具有全球影响力的人工智能创新策源地，市科委、市经济和信息化局制定本行动计划。",
            "一、总体要求",
            "（一）指导思想",
            "以创新驱动发展战略为引领，推动人工智能与实体经济深度融合。",
            "（二）基本原则",
            "1.坚持创新引领。强化原始创新和关键核心技术攻关。",
            "2．坚持应用牵引。以场景开放带动技术迭代。",
            "３．坚持开放合作。深化国际交流合作。",
            "（三）发展目标",
            "到2025年，人工智能核心产业规模达到3000亿元，建设10个以上人工智能创新平台，培育50家人工智能领军企业，开放100个示范应用场景。",
            "二、重点任务",
            "㈠提升原始创新能力",
            "1.加强基础理论研究。支持新型研发机构开展前沿研究。",
            "2.突破关键核心技术。聚焦大模型、智能芯片等方向。",
            "(二)推动产业集聚发展",
            "3.建设人工智能产业园区。在海淀、朝阳等区布局特色园区。",
            "4.培育领军企业。支持企业做大做强。",
            "（三）深化场景应用",
            "5、开放政务服务场景。推动人工智能在政务领域应用。",
            "三、保障措施",
            "（一）加强组织领导。建立市级统筹协调机制。",
            "（二）加大资金支持。统筹用好各类财政资金。",
            "（三）强化人才支撑。引进培育高端人才。",
            "北京市科学技术委员会　北京市经济和信息化局",
            "2023年5月30日");

    @TempDir
    Path folder;

    @Test
    void areasTasksPrinciplesAndSafeguardsAsHeadings() throws Exception {
        Path file = Files.writeString(folder.resolve("plan.txt"), PLAN);
        ImportMapping mapping = DocumentImporter.map(file);
        assertEquals("北京市促进人工智能产业创新发展行动计划（2023-2025年）", mapping.title());
        assertEquals("京科发〔2023〕15号", mapping.documentNumber());
        assertEquals(List.of("市科委", "市经济和信息化局"), mapping.issuers());
        assertEquals(LocalDate.of(2023, 5, 30), mapping.date().orElseThrow());

        Plan plan = DocumentImporter.build(mapping, "ai-2023");
        assertEquals(LocalDate.of(2023, 5, 30), PlanDates.toLocalDate(plan.getIssueDate()).orElseThrow(), "the date becomes the issue date");
        assertEquals(List.of("坚持创新引领", "坚持应用牵引", "坚持开放合作"),
                plan.getPrinciples().stream().map(p -> Texts.zh(p.getName()).orElse("")).collect(Collectors.toList()));
        assertEquals(List.of("建设人工智能创新平台", "培育人工智能领军企业", "开放示范应用场景"), plan.getGoals().get(0)
                .getIndicators().stream().map(i -> Texts.zh(i.getName()).orElse("")).collect(Collectors.toList()));
        assertEquals(List.of(10, 50, 100), plan.getGoals().get(0).getIndicators().stream()
                .map(i -> i.getTarget().intValue()).collect(Collectors.toList()));
        assertEquals(List.of(2, 2, 1), plan.getTaskAreas().stream().map(TaskArea::getTasks).map(List::size)
                .collect(Collectors.toList()), "each task under the area heading above it");
        assertEquals("在海淀、朝阳等区布局特色园区。",
                Texts.zh(plan.getTaskAreas().get(1).getTasks().get(0).getText()).orElse(""));
        assertEquals(List.of("加强组织领导", "加大资金支持", "强化人才支撑"),
                plan.getSafeguards().stream().map(s -> Texts.zh(s.getTitle()).orElse("")).collect(Collectors.toList()));
        assertEquals("统筹用好各类财政资金。", Texts.zh(plan.getSafeguards().get(1).getText()).orElse(""));
        assertEquals("引进培育高端人才。", Texts.zh(plan.getSafeguards().get(2).getText()).orElse(""),
                "the signature is not part of the last safeguard");
    }
}
