package org.planstudio.registry.internal;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's own guards against zip bombs and huge records, set to named values (docs/cli.md) rather
 * than left to POI's defaults. They are process-wide in POI, hence set once and never loosened.
 */
final class PoiLimits {

    /** A part may expand to at most 100 times its compressed size (POI's default, stated here so that it is named). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest uncompressed part of a workbook. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    /** Largest text POI extracts from one part. */
    static final long MAX_TEXT_CHARS = 64L * 1024 * 1024;
    /** Largest single record or byte array POI allocates while reading. */
    static final int MAX_BYTE_ARRAY = 256 * 1024 * 1024;

    private static volatile boolean applied;

    private PoiLimits() {
    }

    static void apply() {
        if (!applied) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
            ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
            IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
            applied = true;
        }
    }
}
