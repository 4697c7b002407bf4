package org.planstudio.docimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.ConsultationKind;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.text.Texts;

/** The seed imports with what it states, from text and from every kind of .docx made from it. */
class SeedImportTest {

    @TempDir
    Path folder;

    @Test
    void theSeedAsTextGivesThePlanItStates() throws Exception {
        ImportMapping mapping = DocumentImporter.map(SeedDocuments.text(folder));
        assertSeedCounts(DocumentImporter.build(mapping, "bri-import"));
        assertEquals("“一带一路”科技创新北京行动计划（2024-2027年）（征求意见稿）", mapping.title());
        assertEquals("行动计划", mapping.shortTitle());
    }

    @Test
    void theSeedAsDocxWithTypedMarkersGivesThePlanItStates() throws Exception {
        Path file = SeedDocuments.write(SeedDocuments.typed(), folder.resolve("typed.docx"));
        assertSeedCounts(DocumentImporter.build(DocumentImporter.map(file), "bri-import"));
    }

    @Test
    void headingStylesAndListNumberingGiveTheSameOutlineAsTypedMarkers() throws Exception {
        String typed = outline(SeedDocuments.write(SeedDocuments.typed(), folder.resolve("typed.docx")));
        String styled = outline(SeedDocuments.write(SeedDocuments.headingStyles(), folder.resolve("styles.docx")));
        String numbered = outline(SeedDocuments.write(SeedDocuments.listNumbering(), folder.resolve("numbering.docx")));
        assertTrue(typed.contains("1 3 已开展的工作"), "the typed slip 3、 is the third chapter:\n" + typed);
        assertTrue(typed.contains("    3 1 指导思想"), typed);
        assertEquals(typed, styled);
        assertEquals(typed, numbered);
        assertSeedCounts(DocumentImporter.build(DocumentImporter.map(folder.resolve("styles.docx")), "s"));
        assertSeedCounts(DocumentImporter.build(DocumentImporter.map(folder.resolve("numbering.docx")), "n"));
    }

    @Test
    void listNumbersAreComputedAsWordShowsThem() throws Exception {
        Path file = SeedDocuments.write(SeedDocuments.listNumbering(), folder.resolve("numbering.docx"));
        List<String> labels = DocumentImporter.read(file).stream().map(SourceParagraph::listLabel)
                .filter(label -> !label.isEmpty()).collect(Collectors.toList());
        assertEquals(List.of("一、", "二、", "（一）", "（二）", "（三）", "三、", "（一）", "（二）", "（三）", "四、", "（一）",
                "1.", "2.", "3.", "（二）", "（三）"), labels);
    }

    @Test
    void markersSplitAcrossRunsAreFound() throws Exception {
        Path typed = SeedDocuments.write(SeedDocuments.typed(), folder.resolve("typed.docx"));
        Path split = SeedDocuments.write(SeedDocuments.splitRuns(), folder.resolve("split.docx"));
        assertEquals(outline(typed), outline(split));
        assertSeedCounts(DocumentImporter.build(DocumentImporter.map(split), "split"));
    }

    @Test
    void trackedChangesTableOfContentsContentControlsTextBoxesAndFields() throws Exception {
        Path file = folder.resolve("real.docx");
        Files.write(file, SeedDocuments.realWorld());
        Path typed = SeedDocuments.write(SeedDocuments.typed(), folder.resolve("typed.docx"));
        List<SourceParagraph> paragraphs = DocumentImporter.read(file);
        String all = paragraphs.stream().map(SourceParagraph::text).collect(Collectors.joining("\n"));
        assertFalse(all.contains("开放包容"), "deleted text is dropped");
        assertFalse(all.contains("已删除的考虑"), "a deleted paragraph is dropped");
        assertFalse(all.contains("DOCPROPERTY") || all.contains("TOC"), "field instructions are not text");
        assertFalse(all.contains("主要考虑与思路 2") || all.contains("起草背景 1"), "the table of contents is skipped");
        assertEquals(1, paragraphs.stream().filter(p -> p.text().startsWith("3.发展目标")).count(),
                "the text box is read once, not again from its fallback");
        assertEquals(outline(typed), DocumentImporter.outline(paragraphs).describe());

        ImportMapping mapping = DocumentImporter.map(file);
        assertEquals("京科发〔2024〕279号", mapping.documentNumber(), "the field's result");
        Plan plan = DocumentImporter.build(mapping, "real");
        assertSeedCounts(plan);
        assertEquals("京科发〔2024〕279号", plan.getDocumentNumber());
        assertEquals("共商共建", Texts.zh(plan.getPrinciples().get(0).getName()).orElseThrow(), "inserted text is kept");
    }

    @Test
    void theHeadGivesDocumentNumberIssuersDateAndPeriod() throws Exception {
        List<String> lines = new java.util.ArrayList<>(SeedDocuments.lines());
        lines.add(1, "京科发〔2024〕279号");
        lines.add(2, "2024年10月15日");
        Path file = Files.write(folder.resolve("head.txt"), lines);
        ImportMapping mapping = DocumentImporter.map(file);
        assertEquals("京科发〔2024〕279号", mapping.documentNumber());
        assertEquals(List.of("市科委", "中关村管委会"), mapping.issuers());
        assertEquals(java.time.LocalDate.of(2024, 10, 15), mapping.date().orElseThrow());
        assertEquals(2024, mapping.startYear().orElseThrow());
        assertEquals(2027, mapping.endYear().orElseThrow());
        Plan plan = DocumentImporter.build(mapping, "head");
        assertEquals(List.of("市科委", "中关村管委会"),
                plan.getIssuers().stream().map(Organization::getShortName).collect(Collectors.toList()));
        assertEquals(2024, plan.getStartYear());
        assertEquals(2027, plan.getEndYear());
    }

    @Test
    void nothingIsCreatedUntilBuiltAndTheAreasOfTasksAreSetInTheMapping() throws Exception {
        ImportMapping mapping = DocumentImporter.map(SeedDocuments.text(folder));
        List<MappedPart> areas = mapping.all(PartKind.TASK_AREA);
        List<MappedPart> tasks = mapping.all(PartKind.TASK);
        assertEquals(List.of("构建“一带一路”科技创新工作体系", "促进多领域产业链协同发展", "搭建多类型科技合作平台"),
                areas.stream().map(MappedPart::title).collect(Collectors.toList()));
        for (int i = 0; i < tasks.size(); i++) {
            tasks.get(i).setArea(areas.get(i < 2 ? 0 : i < 7 ? 1 : 2));
        }
        mapping.all(PartKind.CONSIDERATION).get(2).setKind(PartKind.IGNORED);
        Plan plan = DocumentImporter.build(mapping, "areas");
        assertEquals(List.of(2, 5, 5), plan.getTaskAreas().stream().map(a -> a.getTasks().size()).collect(Collectors.toList()));
        assertEquals(3, plan.getTaskAreas().get(1).getTasks().get(0).getNumber(), "tasks are numbered on across areas");
        assertEquals(2, plan.getConsiderations().size(), "a part set to 'left out' is not created");
        assertTrue(Ids.duplicates(plan).isEmpty());
        assertTrue(Ids.missing(plan).isEmpty());
    }

    private static String outline(Path file) throws DocumentImportException {
        return DocumentImporter.outline(DocumentImporter.read(file)).describe();
    }

    /** What the drafting explanation states, as the issue lists it. */
    static void assertSeedCounts(Plan plan) {
        assertTrue(Texts.zh(plan.getGuidingIdeology()).orElse("").startsWith("以互联互通为主线"), "guiding ideology");
        assertEquals(List.of("共商共建", "创新引领", "产业协同"),
                plan.getPrinciples().stream().map(p -> Texts.zh(p.getName()).orElse("")).collect(Collectors.toList()));
        assertTrue(Texts.zh(plan.getPrinciples().get(0).getText()).orElse("").startsWith("面向“一带一路”重点国家"));
        assertEquals(1, plan.getGoals().size());
        Goal goal = plan.getGoals().get(0);
        assertEquals(2027, goal.getTargetYear());
        assertEquals(List.of("建设科技创新平台", "开展联合研发项目", "服务创新主体"),
                goal.getIndicators().stream().map(i -> Texts.zh(i.getName()).orElse("")).collect(Collectors.toList()));
        for (Indicator indicator : goal.getIndicators()) {
            assertEquals(0, new BigDecimal(100).compareTo(indicator.getTarget()));
            assertEquals(2027, indicator.getTargetYear());
        }
        assertEquals(3, plan.getTaskAreas().size());
        List<KeyTask> tasks = plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).collect(Collectors.toList());
        assertEquals(12, tasks.size());
        assertEquals("加快形成“一带一路”科技合作新布局", Texts.zh(tasks.get(0).getTitle()).orElse(""));
        assertEquals("打造“一带一路”创新活动平台", Texts.zh(tasks.get(11).getTitle()).orElse(""));
        assertEquals(List.of("强化组织协调", "多元资金保障", "加强总结宣传"),
                plan.getSafeguards().stream().map(s -> Texts.zh(s.getTitle()).orElse("")).collect(Collectors.toList()));
        assertEquals(List.of("北京国际科技创新中心建设条例", "中关村世界领先科技园区建设方案（2024-2027年）",
                "北京市积极融入共建“一带一路”高质量发展实施方案", "北京国际科技创新中心科技创新国际化提升行动计划（2024-2027年）"),
                plan.getPolicyReferences().stream().map(r -> Texts.zh(r.getTitle()).orElse("")).collect(Collectors.toList()));
        assertEquals(3, plan.getConsiderations().size());
        List<Consultation> consultations = plan.getConsultations();
        assertEquals(List.of(ConsultationKind.STUDY, ConsultationKind.EXPERT_CONSULTATION, ConsultationKind.FIELD_RESEARCH,
                ConsultationKind.INTERNAL_REVIEW), consultations.stream().map(Consultation::getKind).collect(Collectors.toList()));
        assertEquals(List.of(0, 10, 30, 11),
                consultations.stream().map(Consultation::getParticipantCount).collect(Collectors.toList()));
        assertEquals(6, consultations.get(1).getParticipants().size(), "the six think tanks named");
        assertNotNull(consultations.get(0).getDate(), "自2024年3月正式启动");
        for (TaskArea area : plan.getTaskAreas()) {
            assertNotNull(area.getId());
        }
    }
}
