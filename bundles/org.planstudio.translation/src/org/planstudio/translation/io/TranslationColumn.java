package org.planstudio.translation.io;

import java.util.Locale;
import java.util.Objects;

/**
 * The columns of a translator's workbook, in order. Headers carry both languages so that the
 * same file serves a Chinese office and an English translator; the digest column is hidden and,
 * like the key columns, locked.
 */
public enum TranslationColumn {
    ID("编号", "Id", 18),
    FIELD("字段", "Field", 18),
    CHINESE("中文原文", "Chinese", 60),
    ENGLISH("现有英文", "Current English", 50),
    STATUS("状态", "Status", 12),
    NEW_ENGLISH("新英文译文", "New English", 60),
    DIGEST("原文摘要（勿改）", "Source digest (do not change)", 20);

    private final String zh;
    private final String en;
    private final int width;

    TranslationColumn(String zh, String en, int width) {
        this.zh = zh;
        this.en = en;
        this.width = width;
    }

    /** "编号 / Id". */
    public String header() {
        return zh + " / " + en;
    }

    /** Width in characters, as Excel counts them. */
    public int width() {
        return width;
    }

    /** True for the header as written, or either language alone (a translator may retype a header). */
    public boolean matches(String header) {
        String wanted = Objects.requireNonNull(header, "header").strip().toLowerCase(Locale.ROOT);
        return wanted.equals(header().toLowerCase(Locale.ROOT)) || wanted.equals(zh)
                || wanted.equals(en.toLowerCase(Locale.ROOT));
    }
}
