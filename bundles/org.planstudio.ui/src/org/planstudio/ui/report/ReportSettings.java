package org.planstudio.ui.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.report.ReportFormat;
import org.planstudio.report.ReportType;

/**
 * What the user chose in the report wizard; {@code revision} empty means the editor's current
 * state, {@code period} empty the latest period due (quarterly report and briefing).
 */
record ReportSettings(ReportType type, ReportFormat format, Locale locale, Optional<Integer> revision, Path output,
        Optional<String> period) {

    ReportSettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(period, "period");
    }

    ReportSettings(ReportType type, ReportFormat format, Locale locale, Optional<Integer> revision, Path output) {
        this(type, format, locale, revision, output, Optional.empty());
    }
}
