package org.planstudio.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Output formats; the command line names them by their file extension. */
public enum ReportFormat {
    /** One self-contained file: inline CSS, inline SVG charts, prints on A4. */
    HTML("html", "text/html"),
    /** Word, laid out after GB/T 9704 (official-document format), charts as pictures. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    /** Excel: a summary sheet and one sheet per table. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Every table of the report in one UTF-8 file with a byte-order mark (Excel opens it as UTF-8). */
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ReportFormat> fromExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst();
    }
}
