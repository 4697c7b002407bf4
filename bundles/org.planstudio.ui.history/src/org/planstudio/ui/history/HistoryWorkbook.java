package org.planstudio.ui.history;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes history rows to an .xlsx workbook: one sheet, a bold header row, one row per change.
 * Written to a temporary file next to the target and moved over it, so a failed export leaves
 * an earlier file as it was.
 */
public final class HistoryWorkbook {

    private HistoryWorkbook() {
    }

    public static void write(List<HistoryRow> rows, Path file) throws IOException {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(file, "file");
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".history", ".xlsx");
        try {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(temporary)) {
                XSSFSheet sheet = workbook.createSheet(Messages.Export_sheet);
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row header = sheet.createRow(0);
                List<String> headers = HistoryRow.headers();
                for (int c = 0; c < headers.size(); c++) {
                    header.createCell(c).setCellValue(headers.get(c));
                    header.getCell(c).setCellStyle(bold);
                }
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> cells = rows.get(r).cells();
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c) instanceof Integer number) {
                            row.createCell(c).setCellValue(number);
                        } else {
                            row.createCell(c).setCellValue(String.valueOf(cells.get(c)));
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                workbook.write(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
