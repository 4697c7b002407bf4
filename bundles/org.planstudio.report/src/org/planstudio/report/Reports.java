package org.planstudio.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.planstudio.compare.Comparison;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ReportingPeriod;
import org.planstudio.report.internal.build.ComparisonReport;
import org.planstudio.report.internal.build.ReportBuilders;
import org.planstudio.report.internal.build.ReportPeriods;
import org.planstudio.report.model.Report;
import org.planstudio.report.render.Renderers;

/**
 * The entry point: build a report once, then render it to as many formats as wanted.
 *
 * <pre>
 * Report report = Reports.build(ReportRequest.of(plan, ReportType.TRACEABILITY, Locale.CHINESE, LocalDate.now()));
 * Reports.write(report, ReportFormat.DOCX, Path.of("trace.docx"));
 * </pre>
 */
public final class Reports {

    private Reports() {
    }

    public static Report build(ReportRequest request) {
        return ReportBuilders.build(Objects.requireNonNull(request, "request"));
    }

    /** The text before and after (修改前后对照表) of a comparison, in the comparison's language. */
    /**
     * The periods a quarterly report of {@code plan} can be on, oldest first: the plan's own, or
     * the quarters of its years when it has none. {@link #periodName} is what
     * {@link ReportRequest#withPeriod} takes.
     */
    public static List<ReportingPeriod> periods(Plan plan, LocalDate asOf) {
        return ReportPeriods.of(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(asOf, "asOf"));
    }

    /** The period named {@code name} ({@code 2025-Q3} or {@code period-2025-Q3}), if the plan has it. */
    public static Optional<ReportingPeriod> period(Plan plan, LocalDate asOf, String name) {
        return ReportPeriods.find(plan, asOf, name);
    }

    public static String periodName(ReportingPeriod period) {
        return ReportPeriods.shortName(period);
    }

    public static Report comparison(Comparison comparison) {
        return ComparisonReport.build(Objects.requireNonNull(comparison, "comparison"));
    }

    public static void render(Report report, ReportFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Renderers.of(format).render(report, out);
    }

    /**
     * Writes the report to {@code file}, all or nothing: it is rendered into a temporary file
     * beside the target and moved over it, so a failed run never leaves half a document behind.
     */
    public static void write(Report report, ReportFormat format, Path file) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        Path target = Objects.requireNonNull(file, "file").toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        // createFile, not createTempFile: the report gets the permissions of any new file (the
        // umask), not owner-only ones, since reports are made to be passed on.
        Path temporary = Files.createFile(folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part"));
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                Renderers.of(format).render(report, out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
