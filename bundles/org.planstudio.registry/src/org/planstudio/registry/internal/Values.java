package org.planstudio.registry.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.planstudio.model.check.PlanValidator;

/** Parsing of the cell values a registry file holds: dates, lists, numbers, task numbers, codes. */
public final class Values {

    // 2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, optionally followed by a time of day (Excel text exports).
    private static final Pattern DAY = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;；,，、\\n]+");
    private static final Pattern TASK_NUMBER = Pattern.compile("(?:任务|task|第)?\\s*(\\d{1,3})\\s*(?:项|条)?",
            Pattern.CASE_INSENSITIVE);
    // GB 32100-2015: 18 characters of digits and upper-case letters without I, O, S, V, Z.
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");
    private static final Pattern ID = Pattern.compile("[^\\s]+");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    private Values() {
    }

    /** The day the cell holds: an Excel date cell, or text in one of the accepted forms; empty if neither. */
    public static Optional<LocalDate> day(Cell cell) {
        Objects.requireNonNull(cell, "cell");
        if (cell.date().isPresent()) {
            return cell.date().filter(Values::plausible);
        }
        String text = Normalizer.normalize(cell.text(), Normalizer.Form.NFKC).trim();
        Matcher matcher = DAY.matcher(text);
        if (!matcher.matches()) {
            matcher = COMPACT_DAY.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        try {
            // LocalDate.of is strict: 2024-02-30 is no day.
            LocalDate day = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            return Optional.of(day).filter(Values::plausible);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "KZ; UZ、哈萨克斯坦" → [KZ, UZ, 哈萨克斯坦]: separated by ; 、 , (ASCII or full-width) or new lines. */
    public static List<String> list(String text) {
        Objects.requireNonNull(text, "text");
        return Arrays.stream(LIST_SEPARATORS.split(text)).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .toList();
    }

    /** "3", "任务3", "第3项", "task 3" → 3. */
    public static OptionalInt taskNumber(String text) {
        Matcher matcher = TASK_NUMBER.matcher(Normalizer.normalize(Objects.requireNonNull(text, "text"),
                Normalizer.Form.NFKC).strip());
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** A decimal as staff type it: "1,200.50" or "1200.5"; empty when it is not a number. */
    public static Optional<BigDecimal> decimal(String text) {
        String plain = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFKC)
                .replace(",", "").strip();
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> creditCode(String text) {
        String code = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFKC).strip()
                .toUpperCase(java.util.Locale.ROOT);
        return CREDIT_CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** Ids are written into .plan files as space-separated references, so they cannot hold white space. */
    public static boolean isValidId(String id) {
        // The plan validator's rule as well: an id it refuses would make the saved plan unreadable.
        return ID.matcher(Objects.requireNonNull(id, "id")).matches() && PlanValidator.isWellFormedId(id);
    }

    private static boolean plausible(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }
}
