package org.planstudio.report.render;

import java.util.Objects;

import org.planstudio.report.ReportFormat;
import org.planstudio.report.internal.csv.CsvRenderer;
import org.planstudio.report.internal.docx.DocxRenderer;
import org.planstudio.report.internal.html.HtmlRenderer;
import org.planstudio.report.internal.xlsx.XlsxRenderer;

public final class Renderers {

    private Renderers() {
    }

    public static ReportRenderer of(ReportFormat format) {
        Objects.requireNonNull(format, "format");
        switch (format) {
        case HTML:
            return new HtmlRenderer();
        case DOCX:
            return new DocxRenderer();
        case XLSX:
            return new XlsxRenderer();
        case CSV:
            return new CsvRenderer();
        default:
            throw new IllegalArgumentException("no renderer for " + format);
        }
    }
}
