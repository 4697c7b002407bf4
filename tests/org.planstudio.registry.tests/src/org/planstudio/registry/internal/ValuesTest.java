package org.planstudio.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @ParameterizedTest
    @ValueSource(strings = { "2024-03-01", "2024/3/1", "2024.03.01", "2024年3月1日", "20240301", "2024-03-01 00:00:00",
            "２０２４－０３－０１" })
    void acceptedDayForms(String text) {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), Values.day(Cell.of(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-02-30", "2023-02-29", "2024-13-01", "01/03/2024", "next spring", "45352", "0024-01-01" })
    void impossibleOrUnreadableDays(String text) {
        assertEquals(Optional.empty(), Values.day(Cell.of(text)));
    }

    @Test
    void aDateCellGivesItsDay() {
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), Values.day(Cell.ofDate(LocalDate.of(2025, 12, 31))));
    }

    @Test
    void listsSplitOnAsciiAndChineseSeparators() {
        assertEquals(List.of("KZ", "UZ", "哈萨克斯坦", "RU", "SG"), Values.list("KZ; UZ、哈萨克斯坦，RU；SG,KZ"));
        assertEquals(List.of(), Values.list("  "));
    }

    @Test
    void taskNumbersWithOrWithoutWords() {
        assertEquals(OptionalInt.of(3), Values.taskNumber("3"));
        assertEquals(OptionalInt.of(3), Values.taskNumber("任务3"));
        assertEquals(OptionalInt.of(12), Values.taskNumber("第12项"));
        assertEquals(OptionalInt.of(8), Values.taskNumber("Task 8"));
        assertEquals(OptionalInt.empty(), Values.taskNumber("task.08"));
    }

    @Test
    void numbersCreditCodesAndIds() {
        assertEquals(Optional.of(new BigDecimal("1200.5")), Values.decimal("1,200.5"));
        assertEquals(Optional.empty(), Values.decimal("many"));
        assertEquals(Optional.of("91110108MA01ABCD2X"), Values.creditCode("91110108ma01abcd2x"));
        assertEquals(Optional.empty(), Values.creditCode("91110108MA01ABCD2"), "17 characters");
        assertEquals(Optional.empty(), Values.creditCode("91110108MA01ABCDIO"), "I and O are not used");
        assertTrue(Values.isValidId("P-001"));
        assertFalse(Values.isValidId("P 001"));
    }

    @Test
    void headersIgnoreHintsWidthAndSpacing() {
        assertEquals(Words.normalizeHeader("经费"), Words.normalizeHeader("经费（万元）*"));
        assertEquals(Words.normalizeHeader("name_zh"), Words.normalizeHeader(" Name ZH "));
    }
}
