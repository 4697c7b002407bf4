package org.planstudio.report.internal.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutlineTest {

    @Test
    void chineseNumerals() {
        assertEquals(List.of("一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "100"),
                List.of(1, 9, 10, 11, 19, 20, 21, 99, 100).stream().map(ChineseNumerals::of).toList());
    }

    @Test
    void chineseOutlineFollowsGbT9704AndResetsLowerLevels() {
        Outline outline = new Outline(true);
        assertEquals("一、", outline.next(1));
        assertEquals("（一）", outline.next(2));
        assertEquals("1.", outline.next(3));
        assertEquals("（1）", outline.next(4));
        assertEquals("（2）", outline.next(4));
        assertEquals("2.", outline.next(3));
        assertEquals("（二）", outline.next(2));
        assertEquals("1.", outline.next(3));
        assertEquals("二、", outline.next(1));
        assertEquals("（一）", outline.next(2));
    }

    @Test
    void englishOutlineIsDecimal() {
        Outline outline = new Outline(false);
        assertEquals("1. ", outline.next(1));
        assertEquals("1.1 ", outline.next(2));
        assertEquals("1.1.1 ", outline.next(3));
        assertEquals("1.2 ", outline.next(2));
        assertEquals("2. ", outline.next(1));
        assertEquals("2.1 ", outline.next(2));
    }

    @Test
    void taskNumbersReadAsRanges() {
        assertEquals("1—12", NumberRanges.format(new int[] { 3, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, "、", "—"));
        assertEquals("2、10、12", NumberRanges.format(new int[] { 2, 10, 12 }, "、", "—"));
        assertEquals("1、2、5—7", NumberRanges.format(new int[] { 1, 2, 5, 6, 7 }, "、", "—"));
    }
}
