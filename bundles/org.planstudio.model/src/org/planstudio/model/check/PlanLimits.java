package org.planstudio.model.check;

import java.time.LocalDate;

/**
 * The bounds a plan from outside must keep, named once so that the validator, the hardened
 * reader, the store and docs/cli.md agree. Text limits are the store's column sizes.
 */
public final class PlanLimits {

    /** Largest .plan file read at all, in bytes. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Deepest element nesting; a real plan needs six levels. */
    public static final int MAX_ELEMENT_DEPTH = 40;
    /** Elements in one document. */
    public static final int MAX_ELEMENTS = 2_000_000;
    /** Characters in one attribute value or one run of element text. */
    public static final int MAX_VALUE_CHARS = 1_000_000;
    /** Seconds a parse may take before it is abandoned. */
    public static final int MAX_PARSE_SECONDS = 60;

    /** Ids, types, codes and other short values: VARCHAR(255) in the store. */
    public static final int MAX_ID_CHARS = 255;
    public static final int MAX_SHORT_TEXT_CHARS = 255;
    /** Affiliations: VARCHAR(2000). */
    public static final int MAX_MEDIUM_TEXT_CHARS = 2000;
    /** Language tags of translations: VARCHAR(35). */
    public static final int MAX_LANGUAGE_CHARS = 35;
    /** Titles, descriptions and other free text (CLOB columns, far below their 16M). */
    public static final int MAX_TEXT_CHARS = 100_000;

    /** Decimals (targets, baselines, budgets): at most this many digits before the point... */
    public static final int MAX_INTEGER_DIGITS = 18;
    /** ...and this many after it. */
    public static final int MAX_FRACTION_DIGITS = 6;

    /** Dates and years: the same range the registry import accepts. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    /** Problems reported for one file before the validator stops looking. */
    public static final int MAX_PROBLEMS = 100;

    private PlanLimits() {
    }
}
