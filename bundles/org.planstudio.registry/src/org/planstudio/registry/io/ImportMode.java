package org.planstudio.registry.io;

/** What {@link RegistryImport} prepares besides the report. */
public enum ImportMode {
    /** Only check the file: a report, no command. */
    CHECK_ONLY,
    /** A command only when every row is good; one bad row and nothing is imported. */
    ALL_OR_NOTHING,
    /** A command for the good rows; the bad ones are reported and left out. */
    GOOD_ROWS
}
