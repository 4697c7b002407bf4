package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;

/** Each command, and each documented failure with its exit code and message. */
class CommandLineTest {

    @TempDir
    Path dir;
    Path db;
    Path sample;

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("db");
        sample = SamplePlanFile.copyTo(dir);
    }

    @Test
    void reportFromAPlanFile() throws Exception {
        Path out = dir.resolve("out/trace.html");
        CliRun run = CliRun.run(db, "report", "--plan", sample.toString(), "--type", "traceability", "--lang", "zh",
                "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals(out.toAbsolutePath().toString(), run.out().strip());
        assertTrue(run.err().contains("loading plan") && run.err().contains("done in"), "progress on stderr: " + run);
        String title = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8)).select("h1").text();
        assertTrue(title.endsWith("追溯报告"), title);
        assertFalse(Files.exists(db), "a report from a file does not touch the database");
    }

    @Test
    void quarterlyReportAndBriefingOnThePeriodAsked() throws Exception {
        Path out = dir.resolve("q3.html");
        CliRun run = CliRun.run(db, "report", "--plan", sample.toString(), "--type", "quarterly", "--period", "2025-Q3",
                "--as-of", "2026-06-30", "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        String title = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8)).select("h1").text();
        assertTrue(title.contains("2025年第三季度"), title);

        Path briefing = dir.resolve("briefing.html");
        run = CliRun.run(db, "report", "--plan", sample.toString(), "--type", "briefing", "--period", "period-2025-q4",
                "--lang", "en", "--out", briefing.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        title = Jsoup.parse(Files.readString(briefing, StandardCharsets.UTF_8)).select("h1").text();
        assertTrue(title.contains("Supervision Briefing") && title.contains("Q4 2025"), title);

        run = CliRun.run(db, "report", "--plan", sample.toString(), "--type", "quarterly", "--period", "2031-Q1", "--out",
                dir.resolve("x.html").toString());
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("2031-Q1") && run.err().contains("2025-Q3"), "names the periods there are: " + run);
    }

    @Test
    void formatFollowsTheExtensionAndQuietSilencesProgress() {
        Path out = dir.resolve("tasks.xlsx");
        CliRun run = CliRun.run(db, "report", "--plan=" + sample, "--type=responsibilities", "--out=" + out, "--quiet");
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.err().isEmpty(), run.err());
        assertTrue(Files.exists(out));
    }

    @Test
    void importReportByIdAndRevisionThenExport() throws Exception {
        CliRun imported = CliRun.run(db, "import", sample.toString());
        assertEquals(ExitCode.OK, imported.exitCode(), imported.toString());
        assertTrue(imported.out().contains("bj-bri-2024") && imported.out().contains("1"), imported.out());

        Path out = dir.resolve("progress.docx");
        CliRun report = CliRun.run(db, "report", "--plan", "bj-bri-2024", "--revision", "1", "--type", "progress",
                "--format", "docx", "--lang", "en", "--as-of", "2025-12-31", "--out", out.toString());
        assertEquals(ExitCode.OK, report.exitCode(), report.toString());
        assertTrue(Files.size(out) > 10_000);

        Path exported = dir.resolve("exported.plan");
        CliRun export = CliRun.run(db, "export", "--plan", "bj-bri-2024", "--out", exported.toString());
        assertEquals(ExitCode.OK, export.exitCode(), export.toString());
        assertEquals("bj-bri-2024", PlanResources.load(exported).getId());
    }

    @Test
    void missingPlanIsExitCode3() {
        CliRun byId = CliRun.run(db, "report", "--plan", "no-such-plan", "--type", "gaps", "--out", dir.resolve("g.csv").toString());
        assertEquals(ExitCode.PLAN_NOT_FOUND, byId.exitCode(), byId.toString());
        assertEquals(3, byId.exitCode().code());
        assertTrue(byId.err().contains("there is no plan \"no-such-plan\""), byId.err());

        CliRun byFile = CliRun.run(db, "report", "--plan", dir.resolve("missing.plan").toString(), "--type", "gaps", "--out",
                dir.resolve("g.csv").toString());
        assertEquals(ExitCode.PLAN_NOT_FOUND, byFile.exitCode(), byFile.toString());

        CliRun.run(db, "import", sample.toString());
        CliRun revision = CliRun.run(db, "report", "--plan", "bj-bri-2024", "--revision", "9", "--type", "gaps", "--out",
                dir.resolve("g.csv").toString());
        assertEquals(ExitCode.PLAN_NOT_FOUND, revision.exitCode(), revision.toString());

        CliRun export = CliRun.run(db, "export", "--plan", "nothing", "--out", dir.resolve("x.plan").toString());
        assertEquals(ExitCode.PLAN_NOT_FOUND, export.exitCode(), export.toString());
        assertTrue(export.err().contains("bj-bri-2024"), "names the plans there are: " + export.err());
    }

    @Test
    void badCommandLinesAreExitCode2WithTheCulprit() {
        String out = dir.resolve("x.html").toString();
        assertUsage(CliRun.run(db), "no command given");
        assertUsage(CliRun.run(db, "render"), "unknown command \"render\"");
        assertUsage(CliRun.run(db, "report", "--plan", sample.toString(), "--type", "gaps", "--out", out, "--colour", "red"),
                "unknown option --colour");
        assertUsage(CliRun.run(db, "report", "--plan", sample.toString(), "--type", "budget", "--out", out),
                "--type cannot be \"budget\"");
        assertUsage(CliRun.run(db, "report", "--plan", sample.toString(), "--type", "gaps", "--format", "pdf", "--out", out),
                "--format cannot be \"pdf\"");
        assertUsage(CliRun.run(db, "report", "--plan", sample.toString(), "--type", "gaps", "--lang", "fr", "--out", out),
                "--lang cannot be \"fr\"");
        assertUsage(CliRun.run(db, "report", "--plan", "bj-bri-2024", "--revision", "latest", "--type", "gaps", "--out", out),
                "--revision cannot be \"latest\"");
        assertUsage(CliRun.run(db, "report", "--plan", sample.toString(), "--type", "gaps", "--as-of", "30.6.2025", "--out", out),
                "--as-of cannot be \"30.6.2025\"");
        assertUsage(CliRun.run(db, "report", "--plan", sample.toString(), "--type", "gaps"), "option --out is required");
        assertUsage(CliRun.run(db, "report", "--plan", sample.toString(), "--type", "gaps", "--out", dir.resolve("x").toString()),
                "option --format is required");
        assertUsage(CliRun.run(db, "report", "--plan", sample.toString(), "--revision", "2", "--type", "gaps", "--out", out),
                "--revision applies to plans in the database");
        assertUsage(CliRun.run(db, "report", "--plan"), "option --plan needs a value");
        assertUsage(CliRun.run(db, "import"), "import takes exactly one .plan file");
        assertFalse(Files.exists(dir.resolve("x.html")));
    }

    @Test
    void unwritableOutputIsExitCode5() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun underAFile = CliRun.run(db, "report", "--plan", sample.toString(), "--type", "gaps", "--out",
                file.resolve("report.html").toString());
        assertEquals(ExitCode.OUTPUT_NOT_WRITABLE, underAFile.exitCode(), underAFile.toString());
        assertTrue(underAFile.err().contains("cannot write"), underAFile.err());

        CliRun folder = CliRun.run(db, "report", "--plan", sample.toString(), "--type", "gaps", "--format", "html",
                "--out", dir.toString());
        assertEquals(ExitCode.OUTPUT_NOT_WRITABLE, folder.exitCode(), folder.toString());
        assertTrue(folder.err().contains("is a folder"), folder.err());
    }

    @Test
    void corruptPlanFileIsExitCode4WithWhereAndWhy() throws Exception {
        Path corrupt = Files.writeString(dir.resolve("broken.plan"), "<?xml version=\"1.0\"?>\n<plan:Plan xmlns:plan=\"x\"><oops");
        CliRun report = CliRun.run(db, "report", "--plan", corrupt.toString(), "--type", "gaps", "--out",
                dir.resolve("g.html").toString());
        assertEquals(ExitCode.CORRUPT_INPUT, report.exitCode(), report.toString());
        assertTrue(report.err().contains("broken.plan:"), report.err());

        CliRun imported = CliRun.run(db, "import", corrupt.toString());
        assertEquals(ExitCode.CORRUPT_INPUT, imported.exitCode(), imported.toString());
        assertFalse(Files.exists(dir.resolve("g.html")));
    }

    @Test
    void unusableDatabaseIsExitCode6() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("db-file"), "not a database");
        CliRun run = CliRun.run(notAFolder, "report", "--plan", "bj-bri-2024", "--type", "gaps", "--out",
                dir.resolve("g.html").toString());
        assertEquals(ExitCode.DATABASE_UNAVAILABLE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("cannot open the database"), run.err());
    }

    @Test
    void messagesFollowTheLocale() {
        CliRun run = CliRun.run(db, Locale.SIMPLIFIED_CHINESE, "report", "--plan", "no-such-plan", "--type", "gaps", "--out",
                dir.resolve("g.csv").toString());
        assertEquals(ExitCode.PLAN_NOT_FOUND, run.exitCode());
        assertTrue(run.err().contains("数据库中没有规划“no-such-plan”"), run.err());
    }

    @Test
    void helpPrintsUsageAndExitCodes() {
        CliRun run = CliRun.run(db, "help");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("planstudio report --plan"), run.out());
        assertTrue(run.out().contains("6 database unavailable"), run.out());
    }

    private static void assertUsage(CliRun run, String message) {
        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertEquals(2, run.exitCode().code());
        assertTrue(run.err().contains(message), "'" + message + "' in " + run.err());
    }
}
