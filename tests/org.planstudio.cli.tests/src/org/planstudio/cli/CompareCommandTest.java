package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.walk.PlanQueries;

/** {@code planstudio compare}: two revisions of the sample plan as HTML, as plain text, and the errors. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void twoRevisions() throws Exception {
        db = dir.resolve("db");
        Path sample = SamplePlanFile.copyTo(dir);
        assertEquals(ExitCode.OK, CliRun.run(db, "import", sample.toString()).exitCode());
        Plan plan = PlanResources.load(sample);
        ((KeyTask) PlanQueries.find(plan, "bj-bri-2024.task.04").orElseThrow()).getTitle().setZh("深化医药健康产业创新合作");
        Path edited = dir.resolve("edited.plan");
        PlanResources.save(plan, edited);
        CliRun second = CliRun.run(db, "import", edited.toString());
        assertEquals(ExitCode.OK, second.exitCode(), second.toString());
    }

    @Test
    void writesTheTextBeforeAndAfterAsHtml() throws Exception {
        Path out = dir.resolve("out/对照表.html");
        CliRun run = CliRun.run(db, Locale.SIMPLIFIED_CHINESE, "compare", "--plan", "bj-bri-2024", "--from", "1", "--to", "2",
                "--out", out.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertEquals(out.toAbsolutePath().toString(), run.out().strip());
        Document html = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8), "");
        assertTrue(html.selectFirst("h1").text().endsWith("修改前后对照表"), html.selectFirst("h1").text());
        assertEquals("加强", html.selectFirst("del").text());
        assertEquals("深化", html.selectFirst("ins").text());
        assertEquals(1, html.select("tr.group").size(), html.select("tr.group").text());
    }

    @Test
    void printsPlainTextToStandardOutputAndToDefaultsToTheLatest() {
        CliRun run = CliRun.run(db, "compare", "--plan", "bj-bri-2024", "--from", "r1", "--out", "-", "--quiet");
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("标题: [-加强-]医药健康产业创新合作  =>  {+深化+}医药健康产业创新合作"), run.out());
        assertTrue(run.out().contains("第1版 → 第2版"), run.out());
        assertTrue(run.err().isEmpty(), run.err());
    }

    @Test
    void anUnknownVersionNameListsTheBaselinesAndExits3() {
        CliRun run = CliRun.run(db, "compare", "--plan", "bj-bri-2024", "--from", "送审稿", "--out", "-");
        assertEquals(ExitCode.PLAN_NOT_FOUND, run.exitCode(), run.toString());
        assertTrue(run.err().contains("\"送审稿\" is neither a revision number nor a baseline of plan bj-bri-2024"),
                run.err());
        CliRun noRevision = CliRun.run(db, "compare", "--plan", "bj-bri-2024", "--from", "9", "--out", "-");
        assertEquals(ExitCode.PLAN_NOT_FOUND, noRevision.exitCode(), noRevision.toString());
    }

    @Test
    void aFileInsteadOfAnIdAndTheReportTypeAreUsageErrors() {
        CliRun file = CliRun.run(db, "compare", "--plan", "x.plan", "--from", "1", "--out", "-");
        assertEquals(ExitCode.USAGE, file.exitCode(), file.toString());
        CliRun report = CliRun.run(db, "report", "--plan", "bj-bri-2024", "--type", "compare", "--out",
                dir.resolve("r.html").toString());
        assertEquals(ExitCode.USAGE, report.exitCode(), report.toString());
        assertTrue(report.err().contains("planstudio compare"), report.err());
    }
}
