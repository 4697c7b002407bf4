package org.planstudio.trace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.trace.GapKind;

/** The harness at a small scale, so it keeps working: not timed, only checked for what it reads and finds. */
class BenchmarkHarnessTest {

    @TempDir
    Path temp;

    @Test
    void readsBackEveryGeneratedRowAndFindsEveryStructuralKindOfGap() throws Exception {
        TraceBenchmark.Report report = TraceBenchmark.run(TraceBenchmark.Options.parse("plans=4", "tasks=12",
                "items=2000", "links=6000", "runs=2", "db=" + temp.resolve("db")));
        assertEquals(2000, report.itemsGenerated());
        assertEquals(6000, report.linksGenerated());
        assertEquals(2000, report.rows().items());
        // Every IMPLEMENTS link touches an item and so lives in REGISTRY_LINK; the rest are in the XMI.
        assertTrue(report.rows().links() > 4000 && report.rows().links() < 6000, "registry links " + report.rows().links());
        assertTrue(report.rows().planBytes() > 0);
        assertEquals(20, report.analysis().indicators());
        for (GapKind kind : GapKind.values()) {
            if (kind == GapKind.TARGET_UNREACHABLE) {
                continue; // depends on the random targets
            }
            assertTrue(report.analysis().gaps().getOrDefault(kind, 0) > 0, kind + " in " + report.analysis().gaps());
        }
        assertTrue(BenchReport.markdown(report).contains("(b) plain JDBC read"));
    }
}
