package org.planstudio.report.internal.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.planstudio.report.internal.ReportTexts;
import org.planstudio.report.model.Block;
import org.planstudio.report.model.Report;
import org.planstudio.report.render.ReportRenderer;

/**
 * One self-contained HTML file: the CSS and the SVG charts are inline, nothing is fetched, no
 * script runs. Every text from the plan is escaped.
 */
public final class HtmlRenderer implements ReportRenderer {

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Writer writer = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder(64 * 1024);
        ReportTexts texts = ReportTexts.of(report.locale());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(texts.chinese() ? "zh-CN" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Plan Studio\">\n")
                // No script, no remote content: a report that is mailed around stays inert.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(HtmlEscape.text(report.title())).append("</title>\n")
                .append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n<main class=\"report\">\n")
                .append("<header class=\"report-header\">\n<h1 class=\"title\">").append(HtmlEscape.text(report.title()))
                .append("</h1>\n<ul class=\"meta\">\n");
        for (String line : report.meta()) {
            html.append("<li>").append(HtmlEscape.text(line)).append("</li>\n");
        }
        html.append("</ul>\n</header>\n");
        HtmlBlocks blocks = new HtmlBlocks(html, texts);
        for (Block block : report.blocks()) {
            blocks.write(block);
        }
        html.append("<footer class=\"report-footer\">").append(HtmlEscape.text(texts.get("html.footer")))
                .append("</footer>\n</main>\n</body>\n</html>\n");
        writer.write(html.toString());
        writer.flush();
    }

    private static String css() throws IOException {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IOException("report.css is missing from " + HtmlRenderer.class.getPackageName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
