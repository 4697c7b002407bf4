package org.planstudio.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.report.ReportFormat;
import org.planstudio.report.Reports;
import org.planstudio.report.model.Report;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;

/**
 * The sample plan and its revision after a comment round, stored as revisions 1 and 2 with revision 1
 * named 征求意见稿: compared by baseline name and by number, and written as the docs' sample
 * 修改前后对照表 (target/samples; docs/samples/render.sh copies and renders it).
 */
class SampleComparisonTest {

    private static final String ID = "bj-bri-2024";

    @TempDir
    Path dir;

    @Test
    void theCommentRoundComparedByBaselineNameAndByNumber() throws Exception {
        Plan sample = SampleEdits.sample();
        Plan edited = SampleEdits.afterCommentRound(sample);
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(dir.resolve("db")))) {
            store.save(sample, 0, "起草组", "征求意见稿");
            store.nameBaseline(ID, 1, "征求意见稿", "起草组");
            store.save(edited, 1, "起草组", "吸纳处室意见后修改");

            Comparison byName = Revisions.compare(store, ID, "征求意见稿", Revisions.LATEST, Locale.SIMPLIFIED_CHINESE);
            Comparison byNumber = Revisions.compare(store, ID, "1", "r2", Locale.SIMPLIFIED_CHINESE);
            assertEquals(Golden.rows(byNumber), Golden.rows(byName));
            assertEquals("征求意见稿", byName.from().baseline().orElseThrow());
            assertEquals(2, byName.to().revision());

            assertEquals(Set.of(ChangeKind.MOVED, ChangeKind.CHANGED), kinds(byName, "task.10"));
            assertEquals(Set.of(ChangeKind.REMOVED), kinds(byName, "task.12"));
            assertEquals(Set.of(ChangeKind.ADDED), kinds(byName, "task.13"));
            assertEquals(Set.of(ChangeKind.ADDED), kinds(byName, "link.task13.contributes-to.projects"));
            assertEquals(Set.of(ChangeKind.CHANGED), kinds(byName, "ind.entities"));

            UnknownVersionException unknown = assertThrows(UnknownVersionException.class,
                    () -> Revisions.load(store, ID, "送审稿"));
            assertTrue(unknown.message(Locale.SIMPLIFIED_CHINESE).contains("征求意见稿"), "offers the baselines");

            Report report = Reports.comparison(byName);
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            Reports.render(report, ReportFormat.HTML, html);
            Document page = Jsoup.parse(html.toString(StandardCharsets.UTF_8), "");
            assertTrue(page.select("tr.group").text().contains("深化医药健康产业创新合作"), page.text());
            assertEquals("征求意见", page.select("del").stream().map(e -> e.text()).filter("征求意见"::equals)
                    .findFirst().orElse(""), "the title's 征求意见稿 is marked as changed to 送审稿");
            assertTrue(page.select("ins").stream().anyMatch(e -> e.text().contains("送审")), page.select("ins").text());

            Path out = Path.of("target", "samples");
            Files.createDirectories(out);
            PlanResources.save(edited, out.resolve("beijing-bri-2024-2027-revision-2.plan"));
            Reports.write(report, ReportFormat.DOCX, out.resolve("compare-zh.docx"));
            Reports.write(report, ReportFormat.HTML, out.resolve("compare-zh.html"));
        }
    }

    private static Set<ChangeKind> kinds(Comparison comparison, String id) {
        return comparison.elements().stream().filter(e -> e.elementId().equals("bj-bri-2024." + id)).findFirst()
                .orElseThrow(() -> new AssertionError("no change listed for " + id)).kinds();
    }
}
