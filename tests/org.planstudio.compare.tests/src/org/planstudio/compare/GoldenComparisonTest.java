package org.planstudio.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The hand-made pair of revisions, compared element by element: the golden view model. */
class GoldenComparisonTest {

    static final String GOLDEN_ZH = """
            REMOVED t1 1. 举办青年科学家论坛 | 序号: [-1-] => -
            REMOVED t1 1. 举办青年科学家论坛 | 标题: [-举办青年科学家论坛-] => -
            REMOVED t1 1. 举办青年科学家论坛 | 正文: [-每年举办一次。-] => -
            REMOVED l1 支撑指标：1. 举办青年科学家论坛 → 联合实验室数量 | 源对象: [-1. 举办青年科学家论坛-] => -
            REMOVED l1 支撑指标：1. 举办青年科学家论坛 → 联合实验室数量 | 目标对象: [-联合实验室数量-] => -
            CHANGED t2 1. 建设联合实验室 | 序号: [-2-] => {+1+}
            CHANGED t2 1. 建设联合实验室 | 正文: 建设百个联合实验室。 => 建设{+一+}百个{+国际+}联合实验室{+，每年新增二十个+}。
            MOVED t3 1. 共建科技园区 | 位置: [-1. 科技人文交流 第3项-] => {+2. 技术转移 第1项+}
            MOVED t3 1. 共建科技园区 | 序号: [-3-] => {+1+}
            CHANGED l2 支撑指标：1. 共建科技园区 → 技术转移机构数量 | 目标对象: [-联合实验室数量-] => {+技术转移机构数量+}
            CHANGED t4 2. 建设技术转移中心 | 序号: [-1-] => {+2+}
            ADDED t5 3. 开展联合研究 | 序号: - => {+3+}
            ADDED t5 3. 开展联合研究 | 标题: - => {+开展联合研究+}
            ADDED t5 3. 开展联合研究 | 正文: - => {+支持企业与高校开展联合研究。+}
            """;

    static Comparison compare(Locale locale) {
        return PlanComparison.compare(HandMadeRevisions.first(), Version.unsaved(), HandMadeRevisions.second(),
                Version.unsaved(), locale);
    }

    @Test
    void rowsInChineseAreTheGoldenOnes() {
        assertEquals(GOLDEN_ZH.strip(), Golden.rows(compare(Locale.SIMPLIFIED_CHINESE)));
    }

    @Test
    void eachKindOfChangeIsFoundOnTheRightElement() {
        Comparison comparison = compare(Locale.ENGLISH);
        assertEquals(Set.of(ChangeKind.REMOVED), kinds(comparison, "t1"));
        assertEquals(Set.of(ChangeKind.REMOVED), kinds(comparison, "l1"));
        assertEquals(Set.of(ChangeKind.ADDED), kinds(comparison, "t5"));
        assertEquals(Set.of(ChangeKind.MOVED, ChangeKind.CHANGED), kinds(comparison, "t3"));
        assertEquals(Set.of(ChangeKind.CHANGED), kinds(comparison, "t2"));
        assertEquals(Set.of(ChangeKind.CHANGED), kinds(comparison, "l2"));
        // t4 only got a new number because t3 was put before it; it did not move among its siblings.
        assertEquals(Set.of(ChangeKind.CHANGED), kinds(comparison, "t4"));
        assertTrue(element(comparison, "t4").renumberedOnly());
        assertTrue(comparison.elements().stream().noneMatch(e -> List.of("l3", "g1", "ind1", "a1", "a2")
                .contains(e.elementId())), "unchanged elements are not listed");
    }

    @Test
    void aLinkIsListedUnderItsSource() {
        List<String> order = compare(Locale.ENGLISH).elements().stream().map(ElementChange::elementId).toList();
        assertEquals(order.indexOf("t1") + 1, order.indexOf("l1"));
        assertEquals(order.indexOf("t3") + 1, order.indexOf("l2"));
    }

    @Test
    void theRewrittenChineseIsMarkedCharacterByCharacter() {
        FieldChange text = element(compare(Locale.SIMPLIFIED_CHINESE), "t2").fields().stream()
                .filter(f -> f.featurePath().equals("text.zh")).findFirst().orElseThrow();
        assertEquals("建设百个联合实验室。", text.before().text());
        assertEquals("建设一百个国际联合实验室，每年新增二十个。", text.after().text());
        assertEquals("", text.before().text(Mark.DELETED));
        assertEquals("一国际，每年新增二十个", text.after().text(Mark.INSERTED));
    }

    @Test
    void comparingAVersionWithItselfFindsNothing() {
        assertTrue(PlanComparison.compare(HandMadeRevisions.second(), Version.unsaved(), HandMadeRevisions.second(),
                Version.unsaved(), Locale.ENGLISH).isEmpty());
    }

    private static Set<ChangeKind> kinds(Comparison comparison, String id) {
        return element(comparison, id).kinds();
    }

    private static ElementChange element(Comparison comparison, String id) {
        return comparison.elements().stream().filter(e -> e.elementId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no change listed for " + id));
    }
}
