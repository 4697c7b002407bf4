package org.planstudio.consultation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.consultation.CommentCommands;
import org.planstudio.consultation.CommentQueries;
import org.planstudio.consultation.Plans;
import org.planstudio.consultation.form.FormRow.Outcome;
import org.planstudio.consultation.form.FormRow.Refusal;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.ConsultationKind;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

class CommentFormImportTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 20);

    @TempDir
    Path dir;

    private Plan plan;
    private AdapterFactoryEditingDomain domain;

    @BeforeEach
    void load() throws Exception {
        plan = Plans.sample();
        domain = Plans.domainFor(plan);
    }

    /** A form as divisions send it back: a title, the sender, the header, then the rows. */
    private Path form(String[]... rows) throws Exception {
        Path file = dir.resolve("意见反馈表.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("意见");
            sheet.createRow(0).createCell(0).setCellValue("《“一带一路”科技创新北京行动计划》意见反馈表");
            sheet.createRow(1).createCell(0).setCellValue("填表日期：2024年5月20日");
            String[] header = { "序号", "章节或条款", "修改意见", "理由", "提出单位" };
            Row head = sheet.createRow(3);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(4 + r);
                for (int i = 0; i < rows[r].length; i++) {
                    if (i == 0 && rows[r][0].matches("[0-9]+")) {
                        row.createCell(0).setCellValue(Integer.parseInt(rows[r][0]));
                    } else {
                        row.createCell(i).setCellValue(rows[r][i]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private Path goodAndBad() throws Exception {
        return form(
                new String[] { "1", "重点任务（三）", "建议将平台建设与园区合作分开表述。", "便于分工落实。", "国际合作处" },
                new String[] { "2", "第5项任务", "建议细化新兴领域方向。", "", "市发展改革委" },
                new String[] { "3", "附件2", "建议附件增加联系人。", "", "市科委" },
                new String[] { "4", "第8项任务", "", "无意见内容", "市科委" },
                new String[] { "x", "第9项任务", "建议增加联合研究平台数量。", "", "市科委" },
                new String[] { "2", "第10项任务", "建议明确海外服务平台的运营主体。", "", "市科委" },
                new String[] { "7", "", "", "", "" },
                new String[] { "8", "第1项任务", "建议细化新兴领域方向。", "", "市发展改革委" });
    }

    @Test
    void checksEveryRowAndSaysWhatItWouldDo() throws Exception {
        FormReport report = CommentFormImport.read(goodAndBad(), plan, Optional.empty());

        assertEquals(7, report.rows().size(), "the template's numbered blank line is skipped");
        assertEquals(List.of(Outcome.IMPORTED, Outcome.IMPORTED, Outcome.CLAUSE_UNMATCHED, Outcome.REFUSED,
                Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED), report.rows().stream().map(FormRow::outcome).toList());
        assertEquals(List.of(5, 6, 7, 8, 9, 10, 12), report.rows().stream().map(FormRow::row).toList(),
                "rows as Excel numbers them");
        assertEquals(List.of(Refusal.MISSING_TEXT), report.rows().get(3).refusals());
        assertEquals(List.of(Refusal.BAD_NUMBER), report.rows().get(4).refusals());
        assertEquals(List.of(Refusal.DUPLICATE_NUMBER), report.rows().get(5).refusals());
        assertEquals(List.of(Refusal.ALREADY_RECORDED), report.rows().get(6).refusals());
        assertEquals(List.of("bj-bri-2024.area.3"), ids(report.rows().get(0).elements()));
        assertEquals("org.bjstc.intl", report.rows().get(0).organization().orElseThrow().getId());
        assertTrue(report.rows().get(1).organization().isEmpty());
        assertEquals("工作表 意见 第 7 行", report.rows().get(2).location(Locale.CHINESE));
        assertEquals("已导入；“附件2”未对应到计划中的条目，按原文保留", report.rows().get(2).message(Locale.CHINESE));
        assertEquals("refused: the comment (修改意见) is empty", report.rows().get(3).message(Locale.ENGLISH));
        assertEquals(3, report.importable().size());
    }

    @Test
    void importsTheGoodRowsInOneUndoableStep() throws Exception {
        FormReport report = CommentFormImport.read(goodAndBad(), plan, Optional.empty());
        Consultation review = CommentCommands.newConsultation("向11个处室征求意见", ConsultationKind.INTERNAL_REVIEW, DAY);
        int before = CommentQueries.all(plan).size();
        int consultations = plan.getConsultations().size();
        Command command = CommentFormImport.command(domain, plan, review, report, LocalDate.of(2024, 6, 1)).orElseThrow();
        domain.getCommandStack().execute(command);

        assertEquals(consultations + 1, plan.getConsultations().size());
        List<Comment> added = review.getComments();
        assertEquals(3, added.size());
        assertEquals(before + 3, CommentQueries.all(plan).size());
        Comment first = added.get(0);
        assertEquals("建议将平台建设与园区合作分开表述。", Texts.zh(first.getText()).orElseThrow());
        assertEquals("便于分工落实。", Texts.zh(first.getRationale()).orElseThrow());
        assertEquals("重点任务（三）", first.getClause());
        assertEquals(List.of("bj-bri-2024.area.3"), ids(first.getConcerns()));
        assertEquals(Disposition.PENDING, first.getDisposition());
        assertEquals(DAY, PlanDates.toLocalDate(first.getDate()).orElseThrow(), "the consultation's day");
        assertEquals("市发展改革委", added.get(1).getAuthorName());
        assertEquals("附件2", added.get(2).getClause());
        assertTrue(added.get(2).getConcerns().isEmpty());

        domain.getCommandStack().undo();
        assertEquals(consultations, plan.getConsultations().size());
        assertEquals(before, CommentQueries.all(plan).size());
        domain.getCommandStack().redo();
        assertEquals(before + 3, CommentQueries.all(plan).size());
    }

    @Test
    void aFormImportedTwiceAddsNothingTheSecondTime() throws Exception {
        Path file = goodAndBad();
        Consultation review = CommentCommands.newConsultation("向11个处室征求意见", ConsultationKind.INTERNAL_REVIEW, DAY);
        domain.getCommandStack().execute(CommentFormImport.command(domain, plan, review,
                CommentFormImport.read(file, plan, Optional.empty()), DAY).orElseThrow());

        FormReport again = CommentFormImport.read(file, plan, Optional.of(review));
        assertTrue(again.importable().isEmpty());
        assertEquals(Refusal.ALREADY_RECORDED, again.rows().get(0).refusals().get(0));
        assertFalse(CommentFormImport.command(domain, plan, review, again, DAY).isPresent());
    }

    @Test
    void aFileThatIsNoWorkbookOrHasNoCommentColumnIsRefusedWithItsReason() throws Exception {
        Path text = dir.resolve("form.xlsx");
        Files.writeString(text, "序号,修改意见\n1,建议\n", StandardCharsets.UTF_8);
        CommentFormException notWorkbook = assertThrows(CommentFormException.class,
                () -> CommentFormImport.read(text, plan, Optional.empty()));
        assertEquals(CommentFormException.Problem.NOT_A_WORKBOOK, notWorkbook.problem());

        Path damaged = dir.resolve("damaged.xlsx");
        byte[] good = Files.readAllBytes(goodAndBad());
        Files.write(damaged, java.util.Arrays.copyOf(good, good.length / 2));
        CommentFormException broken = assertThrows(CommentFormException.class,
                () -> CommentFormImport.read(damaged, plan, Optional.empty()));
        assertTrue(broken.problem() == CommentFormException.Problem.DAMAGED
                || broken.problem() == CommentFormException.Problem.NOT_A_WORKBOOK, broken.problem().name());

        Path other = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            workbook.createSheet("平台").createRow(0).createCell(0).setCellValue("名称");
            workbook.write(out);
        }
        CommentFormException noColumn = assertThrows(CommentFormException.class,
                () -> CommentFormImport.read(other, plan, Optional.empty()));
        assertEquals(CommentFormException.Problem.NO_COMMENT_COLUMN, noColumn.problem());
        assertTrue(noColumn.message(Locale.CHINESE).contains("修改意见"), noColumn.message(Locale.CHINESE));

        CommentFormException missing = assertThrows(CommentFormException.class,
                () -> CommentFormImport.read(dir.resolve("nowhere.xlsx"), plan, Optional.empty()));
        assertEquals(CommentFormException.Problem.NOT_FOUND, missing.problem());
    }

    private static List<String> ids(List<? extends Identified> elements) {
        return elements.stream().map(Identified::getId).toList();
    }
}
