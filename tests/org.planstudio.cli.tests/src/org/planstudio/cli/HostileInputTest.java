package org.planstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreConfig;

/**
 * The defects of the bad-input campaign through {@code planstudio import} and
 * {@code report --plan FILE}: each refused with exit code 4 and a message naming the file, the
 * place and the rule, the database left as it was, and no connection to the address the files name.
 */
@Timeout(300)
class HostileInputTest {

    private static final String DEADLINE = "deadline=\"2027-12-31T00:00:00.000+0800\"";
    private static final String ROOT_NS = "xmlns:plan=\"http://planstudio.org/model/plan/1.0\"";
    private static final String LINK = "<traceLinks id=\"bj-bri-2024.link.task01.guided-by.co-build\" kind=\"GUIDED_BY\""
            + " source=\"bj-bri-2024.task.01\" target=\"bj-bri-2024.principle.co-build\"/>";

    @TempDir
    Path dir;
    Path db;
    String sample;

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("db");
        Path file = SamplePlanFile.copyTo(dir);
        sample = Files.readString(file, StandardCharsets.UTF_8);
        // A database with a plan in it, so that "unchanged" means something.
        assertEquals(ExitCode.OK, CliRun.run(db, "import", file.toString()).exitCode());
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), "the sample no longer contains " + from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** Import and report both refuse the file with 4, naming each expected text; the database does not change. */
    private void assertRefused(String name, String text, String... expected) throws Exception {
        Path file = Files.writeString(dir.resolve(name + ".plan"), text, StandardCharsets.UTF_8);
        String before = planList();
        CliRun imported = CliRun.run(db, "import", file.toString());
        assertEquals(ExitCode.CORRUPT_INPUT, imported.exitCode(), imported.toString());
        assertTrue(imported.err().contains(name + ".plan"), imported.err());
        for (String each : expected) {
            assertTrue(imported.err().contains(each), "'" + each + "' in " + imported.err());
        }
        Path out = dir.resolve(name + ".html");
        CliRun report = CliRun.run(db, "report", "--plan", file.toString(), "--type", "gaps", "--out", out.toString());
        assertEquals(ExitCode.CORRUPT_INPUT, report.exitCode(), report.toString());
        assertFalse(Files.exists(out));
        assertEquals(before, planList(), "the database changed");
    }

    /** Every plan with its revisions, and the audit log's length: what a refused file must not change. */
    private String planList() throws Exception {
        if (!Files.exists(db)) {
            return "no database";
        }
        try (PlanStore store = PlanStore.open(StoreConfig.embedded(db))) {
            StringBuilder state = new StringBuilder();
            for (PlanInfo plan : store.listPlans()) {
                state.append(plan.id()).append(':').append(store.revisions(plan.id()).size()).append(' ');
            }
            return state.append("audit ").append(store.auditLog(100_000).size()).toString();
        }
    }

    @Test
    void year99999HugeNumbersAndImpossibleDaysAreExit4NamingTheField() throws Exception {
        assertRefused("y99999", replace(sample, DEADLINE, "deadline=\"+99999-12-31T00:00:00.000+0800\""),
                "deadline", "+99999-12-31", "1900-01-01 to 2199-12-31");
        assertRefused("big", replace(sample, "target=\"100\"", "target=\"1e999999999\""), "target", "18 digits");
        assertRefused("tiny", replace(sample, "target=\"100\"", "target=\"1e-999999999\""), "target", "6 digits");
        assertRefused("feb30", replace(sample, DEADLINE, "deadline=\"2027-02-30T00:00:00.000+0800\""), "deadline",
                "2027-02-30");
        assertRefused("month13", replace(sample, DEADLINE, "deadline=\"2027-13-45T00:00:00.000+0800\""), "deadline");
        assertRefused("bc", replace(sample, DEADLINE, "deadline=\"-0044-03-15T00:00:00.000+0800\""), "-0044-03-15");
    }

    @Test
    void overlongIdsTypesAndBudgetsAreExit4NotADatabaseError() throws Exception {
        assertRefused("longid", replace(sample, "id=\"bj-bri-2024.goal.2027\"", "id=\"" + "g".repeat(300) + "\""),
                "id", "255");
        assertRefused("longtype", replace(sample, "<organizations ", "<platforms id=\"p.long\" type=\""
                + "t".repeat(300) + "\"/><organizations "), "type", "300 > 255");
        assertRefused("budget", replace(sample, "<organizations ", "<jointProjects id=\"jp.big\" budget=\""
                + "9".repeat(101) + "\"/><organizations "), "budget", "18 digits");
    }

    @Test
    void duplicateIdsDanglingLinksAndCountriesWithoutCodeAreExit4() throws Exception {
        assertRefused("dup", replace(sample, "<organizations ", "<countries id=\"bj-bri-2024.task.01\" code=\"KZ\"/>"
                + "<organizations "), "bj-bri-2024.task.01", "more than one element");
        assertRefused("links", replace(replace(sample, LINK,
                "<traceLinks id=\"l.nosource\" kind=\"GUIDED_BY\" target=\"bj-bri-2024.principle.co-build\"/>"),
                "<organizations ", "<countries id=\"c.nocode\"/><organizations "), "l.nosource", "source", "c.nocode",
                "code", "2 problem(s)");
    }

    @Test
    void aFileThatImportsCanBeReportedAndExportedAgain() throws Exception {
        String late = replace(sample, DEADLINE, "deadline=\"2199-12-31T00:00:00.000+0800\"");
        Path file = Files.writeString(dir.resolve("late.plan"), late, StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, CliRun.run(db, "import", file.toString()).exitCode());
        CliRun report = CliRun.run(db, "report", "--plan", "bj-bri-2024", "--type", "progress", "--out",
                dir.resolve("p.html").toString());
        assertEquals(ExitCode.OK, report.exitCode(), report.toString());
        CliRun export = CliRun.run(db, "export", "--plan", "bj-bri-2024", "--out", dir.resolve("back.plan").toString());
        assertEquals(ExitCode.OK, export.exitCode(), export.toString());
        assertTrue(Files.readString(dir.resolve("back.plan")).contains("2199-12-31T00:00:00.000+0800"));
    }

    @Test
    void hostileFilesMakeNoConnectionThroughImportOrReport() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger accepted = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket client = listener.accept()) {
                        accepted.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + listener.getLocalPort();
            for (Map.Entry<String, String> file : hostile(url).entrySet()) {
                Path path = Files.writeString(dir.resolve(file.getKey() + ".plan"), file.getValue(), StandardCharsets.UTF_8);
                CliRun imported = CliRun.run(db, "import", path.toString());
                CliRun report = CliRun.run(db, "report", "--plan", path.toString(), "--type", "traceability", "--out",
                        dir.resolve(file.getKey() + ".html").toString());
                assertEquals(ExitCode.CORRUPT_INPUT, imported.exitCode(), file.getKey() + ": " + imported);
                assertEquals(ExitCode.CORRUPT_INPUT, report.exitCode(), file.getKey() + ": " + report);
                assertEquals(0, accepted.get(), file.getKey() + " made a connection");
            }
            try (Socket probe = new Socket("127.0.0.1", listener.getLocalPort())) {
                probe.getOutputStream().write(1);
            }
            for (int i = 0; i < 500 && accepted.get() == 0; i++) {
                Thread.sleep(10);
            }
            assertEquals(1, accepted.get(), "the listener counts connections");
        }
    }

    private Map<String, String> hostile(String url) {
        String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        Map<String, String> files = new LinkedHashMap<>();
        files.put("href", replace(replace(sample, ROOT_NS, ROOT_NS
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""), LINK,
                "<traceLinks id=\"bj-bri-2024.link.task01.guided-by.co-build\" kind=\"GUIDED_BY\""
                        + " source=\"bj-bri-2024.task.01\"><target xsi:type=\"plan:Principle\" href=\"" + url
                        + "/other.plan#p\"/></traceLinks>"));
        files.put("namespace", sample.replace(ROOT_NS, "xmlns:plan=\"" + url + "/ns\""));
        files.put("schema-location", sample.replace(ROOT_NS, "xmlns:plan=\"" + url
                + "/ns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" + url + "/ns "
                + url + "/plan.ecore\""));
        files.put("dtd-system", sample.replace(prolog, prolog + "<!DOCTYPE plan:Plan SYSTEM \"" + url + "/p.dtd\">"));
        files.put("external-entity", replace(sample.replace(prolog, prolog + "<!DOCTYPE plan:Plan [<!ENTITY x SYSTEM \""
                + url + "/secret\">]>"), "zh=\"行动计划\"", "zh=\"&x;\""));
        for (String name : List.copyOf(files.keySet())) {
            assertTrue(files.get(name).contains(url), name);
        }
        return files;
    }
}
