package org.planstudio.report.internal.build;

import java.util.Arrays;
import java.util.StringJoiner;

import org.planstudio.report.model.Heading;

/**
 * Outline numbers. Chinese follows GB/T 9704: 一、 （一） 1. （1）; English uses 1. 1.1 1.1.1 1.1.1.1.
 * A heading resets the counters of the levels below it.
 */
final class Outline {

    private final boolean chinese;
    private final int[] counters = new int[Heading.MAX_LEVEL + 1];

    Outline(boolean chinese) {
        this.chinese = chinese;
    }

    String next(int level) {
        if (level < 1 || level > Heading.MAX_LEVEL) {
            throw new IllegalArgumentException("heading level " + level);
        }
        counters[level]++;
        Arrays.fill(counters, level + 1, counters.length, 0);
        return chinese ? chinese(level, counters[level]) : english(level);
    }

    /** A level-1 number on its own ("一、" or "1. "), for groups numbered outside the heading outline. */
    static String label(boolean chinese, int number) {
        return chinese ? chinese(1, number) : number + ". ";
    }

    static String chinese(int level, int number) {
        switch (level) {
        case 1:
            return ChineseNumerals.of(number) + "、";
        case 2:
            return "（" + ChineseNumerals.of(number) + "）";
        case 3:
            return number + ".";
        default:
            return "（" + number + "）";
        }
    }

    private String english(int level) {
        if (level == 1) {
            return counters[1] + ". ";
        }
        StringJoiner number = new StringJoiner(".", "", " ");
        for (int i = 1; i <= level; i++) {
            number.add(Integer.toString(counters[i]));
        }
        return number.toString();
    }
}
