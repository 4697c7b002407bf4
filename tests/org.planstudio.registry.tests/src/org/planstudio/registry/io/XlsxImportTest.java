package org.planstudio.registry.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.registry.RegistryTestPlans;

class XlsxImportTest {

    @TempDir
    Path folder;

    private final Plan plan = RegistryTestPlans.plan();
    private final Plan before = EcoreUtil.copy(plan);

    /**
     * A workbook as staff keep it: a notes sheet, a sheet per registry named in Chinese (no kind
     * column), Excel date and number cells, and five kinds of bad rows on the platform sheet.
     */
    static Path workbook(Path folder) throws Exception {
        Path file = folder.resolve("登记库.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("请按表头填写，每个登记库一张工作表。");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));

            Sheet platforms = workbook.createSheet("平台");
            row(platforms, 0, "编号", "名称", "类型", "状态", "合作国家", "开始日期", "结束日期", "服务任务");
            Row good = row(platforms, 1, null, "中哈联合实验室", "联合实验室", "运行中", "KZ、UZ");
            good.createCell(0).setCellValue(1001);
            good.createCell(5).setCellValue(LocalDate.of(2024, 3, 1));
            good.getCell(5).setCellStyle(date);
            good.createCell(6).setCellValue(LocalDate.of(2027, 12, 31));
            good.getCell(6).setCellStyle(date);
            good.createCell(7).setCellValue(8);
            row(platforms, 2, "X-2", "", "joint_laboratory", "active");
            row(platforms, 3, "X-3", "未知国家平台", "joint_laboratory", "active", "ZZ");
            row(platforms, 4, "X-4", "日期错误平台", "joint_laboratory", "active", "", "2024-13-01");
            row(platforms, 5, "X-5", "重复甲", "joint_laboratory", "active");
            row(platforms, 6, "X-5", "重复乙", "joint_laboratory", "active");
            row(platforms, 8, "X-6", "未知任务平台", "joint_laboratory", "active", "", "", "", "42");

            Sheet experts = workbook.createSheet("专家");
            row(experts, 0, "id", "name_zh", "name_en", "type", "status", "affiliation", "field");
            row(experts, 1, "EX-1", "李四", "Li Si", "agriculture", "active", "中国农业大学", "智慧农业");
            workbook.write(out);
        }
        return file;
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    @Test
    void everySheetIsARegistryAndBadRowsAreReportedWithSheetAndRow() throws Exception {
        ImportResult result = RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS).read(workbook(folder));
        ImportReport report = result.report();

        assertEquals(8, report.rowsRead());
        assertEquals(2, report.goodRows());
        assertEquals(Fixtures.sorted("平台!3:NAME_ZH:MISSING_VALUE", "平台!4:COUNTRIES:UNKNOWN_COUNTRY",
                "平台!5:START:BAD_DATE", "平台!6:ID:DUPLICATE_ID_IN_FILE", "平台!7:ID:DUPLICATE_ID_IN_FILE",
                "平台!9:TASKS:UNKNOWN_TASK"), Fixtures.problems(report));
        ImportProblem missingName = report.problems().get(0);
        assertEquals("工作表“平台”第3行，名称“”：必填，但为空", missingName.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Sheet 平台, row 3, name_zh “”: required, but empty", missingName.message(Locale.ENGLISH));
        assertTrue(Fixtures.unchanged(before, plan));

        Fixtures.execute(result);

        Platform lab = plan.getPlatforms().get(1);
        assertEquals("1001", lab.getId(), "a number cell is read as Excel shows it");
        assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), PlanDates.toLocalDate(lab.getStartDate()));
        assertEquals(Optional.of(LocalDate.of(2027, 12, 31)), PlanDates.toLocalDate(lab.getEndDate()));
        assertEquals(List.of("KZ", "UZ"), lab.getPartnerCountries().stream().map(c -> c.getCode()).toList());
        assertEquals(Fixtures.sorted("1001 -> task.08"), Fixtures.implementsLinks(plan));
        Expert expert = plan.getExperts().get(0);
        assertEquals("agriculture", expert.getType());
        assertEquals(Optional.of("Li Si"), Texts.en(expert.getName()));
        assertEquals(Optional.of("智慧农业"), Texts.zh(expert.getField()));
    }

    @Test
    void allOrNothingLeavesTheWorkbookOut() throws Exception {
        ImportResult result = RegistryImport.into(plan).mode(ImportMode.ALL_OR_NOTHING).read(workbook(folder));

        assertEquals(Optional.empty(), result.command());
        assertEquals(6, result.report().problems().size());
        assertTrue(Fixtures.unchanged(before, plan));
    }
}
