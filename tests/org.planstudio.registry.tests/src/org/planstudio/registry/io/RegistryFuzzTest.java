package org.planstudio.registry.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.check.PlanValidator;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;
import org.planstudio.registry.RegistryTestPlans;

/**
 * The fuzz harness for registry files: seeded mutations of the CSV fixtures and of a generated
 * workbook, read in GOOD_ROWS mode. Each case is refused as a file (ImportFileException), or its
 * good rows are imported and the plan can then be stored and read back (PlanValidator.storable
 * finds nothing, the XMI reads back equal); anything else is a crash. The plan is unchanged
 * when nothing was good. Size: PLANSTUDIO_FUZZ_REGISTRY_CASES in the environment (CI default below).
 */
@Timeout(1800)
class RegistryFuzzTest {

    private static final int CI_CASES = 150;
    private static final String[] CELLS = { "=cmd|' /C calc'!A0", "+SUM(A1)", "@foo", "-1", "1e999999999", "2027-02-30",
        "+99999-12-31", "\u0001", "\uFFFE", "a:b", "a\"b", "#x", "\t=1", "", "\"", ",,,", "；；", "9".repeat(101),
        "长".repeat(300), "x".repeat(100_001) };

    @TempDir
    Path dir;

    @Test
    void mutatedRegistryFilesAreRefusedOrImportOnlyStorableRows() throws Exception {
        String size = System.getProperty("planstudio.fuzz.registryCases", System.getenv("PLANSTUDIO_FUZZ_REGISTRY_CASES"));
        int cases = size == null || size.isBlank() ? CI_CASES : Integer.parseInt(size.strip());
        List<byte[]> seeds = List.of(Files.readAllBytes(Fixtures.copy("platforms-good.csv", dir)),
                Files.readAllBytes(Fixtures.copy("docs-example.csv", dir)),
                Files.readAllBytes(Fixtures.copy("mixed-zh-bom.csv", dir)),
                Files.readAllBytes(XlsxImportTest.workbook(dir)));
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= cases; seed++) {
            // Consecutive seeds give java.util.Random correlated first values: mix them first.
            Random random = new Random(Long.reverse(seed * 0x9E3779B97F4A7C15L));
            byte[] original = seeds.get(random.nextInt(seeds.size()));
            boolean xlsx = original[0] == 'P' && original[1] == 'K';
            String kind = xlsx ? pick(random, "truncate", "flip-bytes") : pick(random, "truncate", "flip-bytes", "cell",
                    "cell", "cell", "columns");
            Path file = Files.write(dir.resolve("case-" + seed + (xlsx ? ".xlsx" : ".csv")), mutate(kind, original, random));
            String outcome = outcome(file);
            outcomes.merge(outcome, 1, Integer::sum);
            outcomes.merge((xlsx ? "xlsx " : "csv ") + kind + " " + outcome, 1, Integer::sum);
            if (!outcome.startsWith("refused") && !outcome.equals("accepted-valid")) {
                failures.add("seed " + seed + " " + kind + ": " + outcome);
            }
        }
        Path out = Path.of(System.getProperty("planstudio.fuzz.out", "target/fuzz")).resolve("registry-fuzz.txt");
        Files.createDirectories(out.getParent());
        StringBuilder text = new StringBuilder("registry fuzz: " + cases + " cases\n");
        outcomes.forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
        failures.forEach(f -> text.append("FAILED ").append(f).append('\n'));
        Files.writeString(out, text);
        System.out.print(text);
        assertEquals(List.of(), failures);
    }

    private static String outcome(Path file) {
        Plan plan = RegistryTestPlans.plan();
        Plan before = PlanResources.copy(plan);
        ImportResult result;
        try {
            result = RegistryImport.into(plan).mode(ImportMode.GOOD_ROWS).read(file);
        } catch (ImportFileException e) {
            return "refused-file " + e.problem();
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return "crash " + e;
        }
        if (result.command().isEmpty()) {
            return Fixtures.unchanged(before, plan) ? "refused-rows" : "changed-without-command";
        }
        try {
            new BasicCommandStack().execute(result.command().get());
            if (!PlanValidator.storable(plan).isEmpty()) {
                return "accepted-invalid " + PlanValidator.storable(plan).get(0);
            }
            Plan read = PlanResources.read(new ByteArrayInputStream(PlanResources.toBytes(plan)), file.toString());
            return PlanResources.equal(plan, read) ? "accepted-valid" : "accepted-unreadable";
        } catch (Exception | StackOverflowError e) {
            return "crash " + e;
        }
    }

    private static byte[] mutate(String kind, byte[] original, Random random) {
        switch (kind) {
        case "truncate":
            return Arrays.copyOf(original, random.nextInt(original.length));
        case "flip-bytes": {
            byte[] flipped = original.clone();
            for (int i = 1 + random.nextInt(6); i > 0; i--) {
                flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            }
            return flipped;
        }
        case "cell": {
            List<String> lines = new ArrayList<>(new String(original, StandardCharsets.UTF_8).lines().toList());
            int row = 1 + random.nextInt(lines.size() - 1);
            String[] cells = lines.get(row).split(",", -1);
            cells[random.nextInt(cells.length)] = CELLS[random.nextInt(CELLS.length)];
            lines.set(row, String.join(",", cells));
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
        default: {
            String text = new String(original, StandardCharsets.UTF_8);
            return (text + "\n" + ",".repeat(random.nextInt(2000))).getBytes(StandardCharsets.UTF_8);
        }
        }
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
