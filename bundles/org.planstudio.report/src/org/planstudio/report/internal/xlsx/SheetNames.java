package org.planstudio.report.internal.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Excel's rules for tab names: at most 31 characters, none of []:*?/\, unique ignoring case. */
final class SheetNames {

    private static final int MAX = 31;

    private final Set<String> used = new HashSet<>();

    String unique(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        base = truncate(base, MAX);
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = truncate(base, MAX - suffix.length()) + suffix;
        }
        return name;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length).strip();
    }
}
