package org.planstudio.translation.internal;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's guards against zip bombs and huge records. The same values as the registry import sets
 * (its class is internal there); POI keeps them process-wide, so both must agree.
 */
public final class PoiLimits {

    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    static final long MAX_TEXT_CHARS = 64L * 1024 * 1024;
    static final int MAX_BYTE_ARRAY = 256 * 1024 * 1024;

    private static volatile boolean applied;

    private PoiLimits() {
    }

    public static void apply() {
        if (!applied) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
            ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
            IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
            applied = true;
        }
    }
}
