package org.planstudio.domain;

/**
 * How a domain attribute's value is typed. Values are stored as text in the model's
 * AttributeValue list (so they survive a missing plug-in); the type says how that text is read.
 */
public enum AttributeType {
    /** Any text. */
    STRING,
    /** A whole number, e.g. "12". */
    INTEGER,
    /** A decimal number with a point, e.g. "35.5". */
    DECIMAL,
    /** A calendar day, ISO form, e.g. "2026-06-30". */
    DATE,
    /** "true" or "false". */
    BOOLEAN,
    /** One of the attribute's choices, stored by its value. */
    ENUM
}
