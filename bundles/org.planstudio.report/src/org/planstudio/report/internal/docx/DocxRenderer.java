package org.planstudio.report.internal.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.planstudio.report.internal.CellText;
import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Block;
import org.planstudio.report.model.Report;
import org.planstudio.report.render.ReportRenderer;

/**
 * A Word document laid out as a Chinese official document (GB/T 9704): A4 with its margins,
 * title in 小标宋, headings 一、（一）1.（1） in 黑体 / 楷体 / bold 仿宋, body in 仿宋 with a fixed
 * 28 pt line, page numbers "— 1 —". Everything is a named Word style.
 */
public final class DocxRenderer implements ReportRenderer {

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (XWPFDocument document = new XWPFDocument()) {
            DocxTemplate.apply(document);
            document.getProperties().getCoreProperties().setTitle(report.title());
            document.getProperties().getCoreProperties().setCreator("Plan Studio");
            DocxBlocks blocks = new DocxBlocks(document, new CellText(ReportTexts.of(report.locale())));
            blocks.title(report.title(), report.meta());
            for (Block block : report.blocks()) {
                blocks.write(block);
            }
            DocxPage.apply(document);
            document.write(out);
        }
    }
}
