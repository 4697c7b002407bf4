package org.planstudio.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A rendered report read back with a real parser (jsoup, POI, a CSV reader) as lines of text in
 * reading order: one line per heading, paragraph or table row (cells joined by " | ").
 */
final class Extract {

    private Extract() {
    }

    static List<String> lines(ReportFormat format, byte[] bytes) throws IOException {
        switch (format) {
        case HTML:
            return html(bytes);
        case DOCX:
            return docx(bytes);
        case XLSX:
            return xlsx(bytes);
        case CSV:
            return Csv.parse(bytes).stream().map(row -> String.join(" | ", row)).toList();
        default:
            throw new IllegalArgumentException(format.toString());
        }
    }

    static Document htmlDocument(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private static List<String> html(byte[] bytes) {
        List<String> lines = new ArrayList<>();
        for (Element element : htmlDocument(bytes).select("h1, h2, h3, h4, h5, p, li, figcaption, tr, div.figure")) {
            if (element.tagName().equals("tr")) {
                lines.add(String.join(" | ", element.select("th, td").eachText()));
            } else {
                lines.add(element.text());
            }
        }
        return lines;
    }

    private static List<String> docx(byte[] bytes) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        lines.add(String.join(" | ", row.getTableCells().stream().map(c -> c.getText()).toList()));
                    }
                }
            }
        }
        return lines;
    }

    private static List<String> xlsx(byte[] bytes) throws IOException {
        List<String> lines = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(formatter.formatCellValue(cell));
                    }
                    lines.add(String.join(" | ", cells));
                }
            }
        }
        return lines;
    }
}
