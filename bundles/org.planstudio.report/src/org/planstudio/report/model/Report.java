package org.planstudio.report.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.planstudio.report.ReportType;

/**
 * A report built once from a plan and rendered to any format: its title, the lines under the
 * title (plan, revision, reference date), and the body in reading order. Immutable; every
 * text is final and in the report's language.
 */
public record Report(ReportType type, Locale locale, String title, List<String> meta, List<Block> blocks) {

    public Report {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        meta = List.copyOf(meta);
        blocks = List.copyOf(blocks);
    }

    /** Every table, including the data tables behind charts, in reading order. */
    public List<Table> tables() {
        return blocks.stream().flatMap(block -> {
            if (block instanceof Table table) {
                return Stream.of(table);
            }
            if (block instanceof Picture picture) {
                return Stream.of(picture.data());
            }
            return block instanceof Chart chart ? Stream.of(chart.data()) : Stream.<Table>empty();
        }).toList();
    }

    public List<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }
}
