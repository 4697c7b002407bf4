package org.planstudio.report.internal.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** 1, 2, 3, 4, 7, 9, 10, 11 → "1—4、7、9—11": runs of three or more read as a range. */
final class NumberRanges {

    private NumberRanges() {
    }

    static String format(int[] numbers, String separator, String dash) {
        int[] sorted = Arrays.stream(numbers).distinct().sorted().toArray();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[j] + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(sorted[i] + dash + sorted[j]);
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(Integer.toString(sorted[k]));
                }
            }
            i = j + 1;
        }
        return String.join(separator, parts);
    }
}
