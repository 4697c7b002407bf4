package org.planstudio.model.check;

/** What a {@link PlanProblem} breaks; each has an English and a Chinese message in messages.properties. */
public enum Rule {
    /** The XML reader could not take a value (a date that is no calendar day, a word where a number belongs). */
    UNREADABLE_VALUE,
    /** An id-reference names no element of the file. */
    UNRESOLVED_REFERENCE,
    /** A reference leaves the file (an href to another file or a web address); never followed. */
    EXTERNAL_REFERENCE,
    /** A reference to an element that is not part of the plan. */
    DANGLING_REFERENCE,
    MISSING_ID,
    DUPLICATE_ID,
    MALFORMED_ID,
    /** A required value (a trace link's source, a country's code) is missing. */
    REQUIRED,
    TEXT_TOO_LONG,
    /** A character XML cannot carry (see {@link XmlChars}). */
    INVALID_CHARACTER,
    DATE_OUT_OF_RANGE,
    YEAR_OUT_OF_RANGE,
    DECIMAL_TOO_LARGE,
    DECIMAL_TOO_PRECISE
}
