package org.planstudio.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.planstudio.report.ReportFormat;
import org.planstudio.report.ReportType;

/** Option values checked and converted, with a usage error that names the option and the choices. */
final class Values {

    private Values() {
    }

    static Optional<Integer> revision(Arguments args, CliTexts texts) throws CliException {
        Optional<String> value = args.option("revision");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int revision = Integer.parseInt(value.get().strip());
            if (revision > 0) {
                return Optional.of(revision);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliException(ExitCode.USAGE, texts.get("usage.badValue", "--revision", value.get(), "1, 2, 3 …"));
    }

    static ReportType type(Arguments args, CliTexts texts) throws CliException {
        String value = args.required("type");
        ReportType type = ReportType.fromCliName(value).orElseThrow(() -> new CliException(ExitCode.USAGE,
                texts.get("usage.badValue", "--type", value, "traceability, progress, gaps, responsibilities, quarterly, comments")));
        if (!type.ofOnePlan()) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.compareIsACommand"));
        }
        return type;
    }

    /** --format, or else the extension of --out. */
    static ReportFormat format(Arguments args, String out, CliTexts texts) throws CliException {
        Optional<String> value = args.option("format");
        if (value.isPresent()) {
            return ReportFormat.fromExtension(value.get()).orElseThrow(() -> new CliException(ExitCode.USAGE,
                    texts.get("usage.badValue", "--format", value.get(), "html, docx, xlsx, csv")));
        }
        int dot = out.lastIndexOf('.');
        return ReportFormat.fromExtension(dot < 0 ? "" : out.substring(dot + 1))
                .orElseThrow(() -> new CliException(ExitCode.USAGE, texts.get("usage.missingOption", "--format")));
    }

    static Locale language(Arguments args, CliTexts texts) throws CliException {
        String value = args.option("lang").orElse("zh").strip().toLowerCase(Locale.ROOT);
        if (value.equals("zh")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (value.equals("en")) {
            return Locale.ENGLISH;
        }
        throw new CliException(ExitCode.USAGE, texts.get("usage.badValue", "--lang", value, "zh, en"));
    }

    static LocalDate asOf(Arguments args, LocalDate today, CliTexts texts) throws CliException {
        Optional<String> value = args.option("as-of");
        if (value.isEmpty()) {
            return today;
        }
        try {
            return LocalDate.parse(value.get().strip());
        } catch (DateTimeParseException e) {
            throw new CliException(ExitCode.USAGE, texts.get("usage.badValue", "--as-of", value.get(), "2025-12-31"));
        }
    }
}
