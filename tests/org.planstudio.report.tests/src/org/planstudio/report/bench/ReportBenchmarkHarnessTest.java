package org.planstudio.report.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planstudio.report.ReportType;
import org.planstudio.trace.synthetic.DataSetGenerator;

/** Keeps the benchmark working: one tiny run, every report, a table for docs/benchmarks.md. */
class ReportBenchmarkHarnessTest {

    @Test
    void measuresEveryReport() throws Exception {
        List<ReportBenchmark.Row> rows = ReportBenchmark.measure(DataSetGenerator.generate(1, 1, 5, 40, 120).get(0),
                LocalDate.of(2026, 6, 30), 1);
        assertEquals(java.util.Arrays.stream(ReportType.values()).filter(ReportType::ofOnePlan).count(), rows.size());
        String table = ReportBenchmark.markdown(rows);
        assertTrue(table.startsWith("| report | table rows | build ms | html ms (KB) |"), table);
        assertTrue(table.contains("| responsibilities |"), table);
    }
}
