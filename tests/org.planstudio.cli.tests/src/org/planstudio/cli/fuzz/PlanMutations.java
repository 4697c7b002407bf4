package org.planstudio.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a .plan file: the kinds of damage and attack the bad-input campaign tried.
 * Each mutation is named, so that a failing case says what it was.
 */
public final class PlanMutations {

    /** One mutated file. */
    public record Case(long seed, String kind, byte[] bytes) {
    }

    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
    private static final Pattern DATE = Pattern.compile("(deadline|startDate|endDate|date)=\"[^\"]*\"");
    private static final Pattern NUMBER = Pattern.compile("(target|baseline|budget)=\"[^\"]*\"");
    private static final Pattern ATTRIBUTE = Pattern.compile(" [a-zA-Z]+=\"[^\"]*\"");
    private static final String[] KINDS = { "truncate", "flip-bytes", "wrong-root", "wrong-namespace", "duplicate-id",
        "dangling-id", "huge-text", "nested", "bad-date", "bad-number", "bad-encoding", "drop-attribute",
        "control-character", "long-id" };
    private static final String[] DATES = { "2027-13-45", "2027-02-30", "+99999-12-31", "-0044-03-15", "1899-12-31",
        "2200-01-01", "soon", "", "2027-12-31T25:00:00.000+0800", "2027-12-31T00:00:00.000+9999", "0000-00-00" };
    private static final String[] NUMBERS = { "1e999999999", "1e-999999999", "NaN", "Infinity", "-0", "1.2345678",
        "9999999999999999999", "0x10", "1,000", "", "12.5", "-3", "99999999999999999999999999999999999999999" };

    private final String sample;

    public PlanMutations(String sample) {
        this.sample = sample;
    }

    public Case next(long seed) {
        // Consecutive seeds give java.util.Random correlated first values: mix them first.
        Random random = new Random(Long.reverse(seed * 0x9E3779B97F4A7C15L));
        String kind = KINDS[random.nextInt(KINDS.length)];
        return new Case(seed, kind, mutate(kind, random));
    }

    private byte[] mutate(String kind, Random random) {
        byte[] utf8 = sample.getBytes(StandardCharsets.UTF_8);
        switch (kind) {
        case "truncate":
            return java.util.Arrays.copyOf(utf8, random.nextInt(utf8.length));
        case "flip-bytes": {
            byte[] flipped = utf8.clone();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            }
            return flipped;
        }
        case "wrong-root":
            return text(sample.replace("plan:Plan", random.nextBoolean() ? "plan:Goal" : "plan:Nothing"));
        case "wrong-namespace":
            return text(sample.replace("http://planstudio.org/model/plan/1.0",
                    random.nextBoolean() ? "http://planstudio.org/model/plan/9.9" : "urn:x"));
        case "duplicate-id": {
            List<String> ids = all(ID, sample, 1);
            return text(sample.replace(" id=\"" + pick(ids, random) + "\"", " id=\"" + pick(ids, random) + "\""));
        }
        case "dangling-id": {
            List<String> ids = all(ID, sample, 1);
            String id = pick(ids, random);
            return text(sample.replace("\"" + id + "\"", "\"" + id + ".gone\"").replaceFirst(" id=\"" + Pattern.quote(id
                    + ".gone") + "\"", " id=\"" + Matcher.quoteReplacement(id) + "\""));
        }
        case "huge-text": {
            int length = random.nextBoolean() ? 100_001 : 300_000;
            return text(sample.replaceFirst("zh=\"[^\"]*\"", "zh=\"" + "长".repeat(length) + "\""));
        }
        case "nested": {
            int depth = 10 + random.nextInt(random.nextBoolean() ? 40 : 20_000);
            return text(sample.replaceFirst("<shortTitle ", "<xmi:Extension>" + "<a>".repeat(depth) + "</a>".repeat(depth)
                    + "</xmi:Extension><shortTitle "));
        }
        case "bad-date":
            return text(replaceOne(DATE, sample, random, m -> m.group(1) + "=\"" + DATES[random.nextInt(DATES.length)]
                    + (random.nextBoolean() ? "T00:00:00.000+0800" : "") + "\""));
        case "bad-number":
            return text(replaceOne(NUMBER, sample, random, m -> m.group(1) + "=\"" + NUMBERS[random.nextInt(NUMBERS.length)]
                    + "\""));
        case "bad-encoding":
            if (random.nextBoolean()) {
                return sample.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_8);
            }
            byte[] broken = utf8.clone();
            broken[utf8.length / 2] = (byte) 0xC3;
            broken[utf8.length / 2 + 1] = (byte) 0x28;
            return broken;
        case "drop-attribute":
            return text(replaceOne(ATTRIBUTE, sample, random, m -> ""));
        case "control-character":
            return text(sample.replaceFirst("zh=\"", "zh=\"&#x" + Integer.toHexString(1 + random.nextInt(8)) + ";"));
        case "long-id": {
            List<String> ids = all(ID, sample, 1);
            return text(sample.replace(" id=\"" + pick(ids, random) + "\"", " id=\"" + "i".repeat(200 + random.nextInt(100))
                    + "\""));
        }
        default:
            throw new IllegalArgumentException(kind);
        }
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> all(Pattern pattern, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String replaceOne(Pattern pattern, String text, Random random,
            java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        matcher = pattern.matcher(text);
        matcher.find(span[0]);
        return text.substring(0, span[0]) + replacement.apply(matcher) + text.substring(span[1]);
    }
}
