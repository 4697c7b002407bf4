package org.planstudio.compare.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.planstudio.compare.Mark;
import org.planstudio.compare.internal.TextMarking.Grain;
import org.planstudio.compare.internal.TextMarking.Pair;

class TextMarkingTest {

    @Test
    void insertionsIntoChineseKeepTheSharedCharacters() {
        Pair pair = TextMarking.mark("建设百个联合实验室。", "建设一百个国际联合实验室。", Grain.CHARACTER);
        assertEquals("建设百个联合实验室。", pair.before().text(Mark.SAME));
        assertEquals("一国际", pair.after().text(Mark.INSERTED));
    }

    @Test
    void aRewrittenSentenceIsMarkedWholeNotAroundTwoCharactersItHappensToShare() {
        Pair pair = TextMarking.mark("从多元资金保障方面，明确行动计划实施中的有关保障措施。",
                "统筹用好市级科技计划经费，引导社会资本参与，形成多元化投入机制。", Grain.CHARACTER);
        assertEquals("。", pair.before().text(Mark.SAME));
        assertEquals("从多元资金保障方面，明确行动计划实施中的有关保障措施", pair.before().text(Mark.DELETED));
        assertEquals("。", pair.after().text(Mark.SAME));
    }

    @Test
    void englishIsMarkedByWordAndValuesWhole() {
        Pair words = TextMarking.mark("Strengthen organisation and coordination", "Strengthen coordination",
                Grain.WORD);
        assertEquals("organisation and ", words.before().text(Mark.DELETED));
        assertEquals("", words.after().text(Mark.INSERTED));
        Pair number = TextMarking.mark("100", "120", Grain.WHOLE);
        assertEquals("100", number.before().text(Mark.DELETED));
        assertEquals("120", number.after().text(Mark.INSERTED));
    }

    @Test
    void eachSideJoinedIsThatVersionsText() {
        String before = "坚持国际视野，共商共建系统谋划“一带一路”科技创新合作";
        String after = "坚持全球视野，共商共建、统筹谋划“一带一路”科技创新合作与交流";
        Pair pair = TextMarking.mark(before, after, Grain.CHARACTER);
        assertEquals(before, pair.before().text());
        assertEquals(after, pair.after().text());
    }
}
