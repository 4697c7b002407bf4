package org.planstudio.docimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.Texts;

/**
 * Another plan than the seed, laid out as a real issued plan is: the 印发通知 wrapper with its
 * signature and date above the plan's centred title, 总体要求 written as prose without
 * sub-headings, tasks "1．" with their body and "（责任单位：…）" in one paragraph. ai-plan.docx was
 * made by LibreOffice from ai-plan.html (its readable source); its runs split Chinese from digits.
 */
class NoticePlanImportTest {

    @TempDir
    Path folder;

    private ImportMapping mapping() throws Exception {
        Path file = folder.resolve("ai-plan.docx");
        try (InputStream in = getClass().getResourceAsStream("ai-plan.docx")) {
            assertNotNull(in, "test resource ai-plan.docx");
            Files.copy(in, file);
        }
        return DocumentImporter.map(file);
    }

    @Test
    void headOfTheNotice() throws Exception {
        ImportMapping mapping = mapping();
        assertEquals("北京市推动人工智能国际合作行动方案（2025-2027年）", mapping.title());
        assertEquals(2025, mapping.startYear().orElseThrow());
        assertEquals(2027, mapping.endYear().orElseThrow());
        assertEquals(List.of("北京市人民政府办公厅"), mapping.issuers());
        assertEquals("京政办发〔2025〕12号", mapping.documentNumber());
        assertEquals(LocalDate.of(2025, 3, 18), mapping.date().orElseThrow());
    }

    @Test
    void generalRequirementsWrittenAsProse() throws Exception {
        ImportMapping mapping = mapping();
        List<MappedPart> guiding = mapping.all(PartKind.GUIDING_IDEOLOGY);
        assertEquals(1, guiding.size());
        assertTrue(guiding.get(0).text().startsWith("以习近平新时代中国特色社会主义思想为指导"), guiding.get(0).text());
        assertEquals(List.of("开放合作", "安全可控", "普惠共享"), titles(mapping.all(PartKind.PRINCIPLE)));
        assertEquals(1, mapping.all(PartKind.GOAL).size());

        Plan plan = DocumentImporter.build(mapping, "bj-ai-2025");
        assertEquals("北京市推动人工智能国际合作行动方案（2025-2027年）", Texts.zh(plan.getTitle()).orElse(""));
        assertEquals(2025, plan.getStartYear());
        assertEquals(2027, plan.getEndYear());
        assertEquals(List.of("北京市人民政府办公厅"), names(plan.getIssuers()));
        assertTrue(Texts.zh(plan.getGuidingIdeology()).orElse("").contains("打造具有全球影响力的人工智能国际合作枢纽"));
        assertEquals("坚持发展与治理并重，建立健全人工智能安全评估和风险防范机制。",
                Texts.zh(plan.getPrinciples().get(1).getText()).orElse(""));
        assertEquals(1, plan.getGoals().size());
        assertEquals(2027, plan.getGoals().get(0).getTargetYear());
        var indicators = plan.getGoals().get(0).getIndicators();
        assertEquals(List.of("建设人工智能国际联合实验室和创新中心", "开展国际联合研发项目", "培育具有国际竞争力的人工智能企业"),
                indicators.stream().map(i -> Texts.zh(i.getName()).orElse("")).collect(Collectors.toList()));
        assertEquals(List.of(50, 80, 30), indicators.stream().map(i -> i.getTarget().intValue()).collect(Collectors.toList()));
        assertEquals(List.of(2027, 2027, 2027), indicators.stream().map(i -> i.getTargetYear()).collect(Collectors.toList()));
    }

    @Test
    void tasksWithTheirResponsibleUnits() throws Exception {
        Plan plan = DocumentImporter.build(mapping(), "bj-ai-2025");
        assertEquals(List.of("建设国际联合创新平台", "开展联合研发与成果转化", "深化人才交流与能力建设"),
                plan.getTaskAreas().stream().map(a -> Texts.zh(a.getTitle()).orElse("")).collect(Collectors.toList()));
        List<KeyTask> tasks = plan.getTaskAreas().stream().map(TaskArea::getTasks).flatMap(List::stream)
                .collect(Collectors.toList());
        assertEquals(6, tasks.size());
        assertEquals(List.of(2, 2, 2), plan.getTaskAreas().stream().map(a -> a.getTasks().size()).collect(Collectors.toList()));
        assertEquals("支持在京高校、科研院所与合作国家机构共建人工智能联合实验室，聚焦大模型、智能机器人等方向开展联合攻关。",
                Texts.zh(tasks.get(0).getText()).orElse(""), "the units leave the task's text");
        Function<KeyTask, List<String>> lead = task -> names(task.getLeadUnits());
        Function<KeyTask, List<String>> supporting = task -> names(task.getSupportingUnits());
        assertEquals(List.of(List.of("市科委", "中关村管委会"), List.of("市经济和信息化局"), List.of("市科委", "中关村管委会"),
                List.of("市商务局"), List.of("市人力资源社会保障局", "市科委"), List.of("市教委", "市科委")),
                tasks.stream().map(lead).collect(Collectors.toList()));
        assertEquals(List.of(List.of("市教委"), List.of(), List.of(), List.of("市科委"), List.of(), List.of()),
                tasks.stream().map(supporting).collect(Collectors.toList()));
        for (KeyTask task : tasks) {
            assertFalse(Texts.zh(task.getText()).orElse("").contains("责任单位"), Texts.zh(task.getText()).orElse(""));
        }
        // one organisation per name, shared by the tasks that name it
        assertEquals(1, plan.getOrganizations().stream().filter(o -> Texts.zh(o.getName()).orElse("").equals("市科委")).count());
        assertTrue(tasks.get(0).getLeadUnits().get(0) == tasks.get(3).getSupportingUnits().get(0));
        assertEquals(List.of("加强组织领导", "加大资金支持", "强化安全保障"),
                plan.getSafeguards().stream().map(s -> Texts.zh(s.getTitle()).orElse("")).collect(Collectors.toList()));
    }

    @Test
    void leadAndSupportingUnitsNamedInWords() {
        ImportMapping mapping = DocumentImporter.map(DocumentImporter.outline(List.of(
                SourceParagraph.plain("二、重点任务"),
                SourceParagraph.plain("（一）建设平台"),
                SourceParagraph.plain("1．建设实验室。支持共建实验室。（牵头单位：市科委、中关村管委会；配合单位：市教委、市财政局）"))));
        MappedPart task = mapping.all(PartKind.TASK).get(0);
        assertEquals("支持共建实验室。", task.text());
        assertEquals(List.of("市科委", "中关村管委会"), task.leadUnits());
        assertEquals(List.of("市教委", "市财政局"), task.supportingUnits());
    }

    private static List<String> titles(List<MappedPart> parts) {
        return parts.stream().map(MappedPart::title).collect(Collectors.toList());
    }

    private static List<String> names(List<Organization> organizations) {
        return organizations.stream().map(o -> Texts.zh(o.getName()).orElse("")).collect(Collectors.toList());
    }
}
