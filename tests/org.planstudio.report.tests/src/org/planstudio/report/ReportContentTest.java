package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planstudio.model.plan.Plan;

/**
 * Every report type in every format, for the sample plan in Chinese and English, read back with a
 * parser: the facts the plan gives must be there, in the plan's order.
 */
class ReportContentTest {

    private static final List<String> INDICATORS_ZH = List.of("建设科技创新平台", "开展联合研发项目", "服务创新主体");
    private static final String LEADS_ZH = "市科委、中关村管委会";

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (ReportType type : ReportType.values()) {
            if (!type.ofOnePlan()) {
                continue; // the text before and after compares two versions (org.planstudio.compare.tests)
            }
            for (ReportFormat format : ReportFormat.values()) {
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    cases.add(Arguments.of(type, format, locale));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} in {2}")
    @MethodSource("matrix")
    void reportHoldsThePlansFacts(ReportType type, ReportFormat format, Locale locale) throws Exception {
        Plan plan = TestPlans.sample();
        List<String> lines = Extract.lines(format, Rendered.sample(type, format, locale));
        assertFalse(lines.isEmpty());
        boolean zh = locale.getLanguage().equals("zh");
        List<String> tasks = TestPlans.sampleTaskTitles(plan, locale);
        assertEquals(12, tasks.size());
        switch (type) {
        case RESPONSIBILITIES:
            assertInOrder(lines, tasks);
            if (zh) {
                // every task row names the two issuers as lead units
                assertEquals(12, lines.stream().filter(l -> l.contains(LEADS_ZH)).count(), String.join("\n", lines));
                assertContains(lines, "一、构建“一带一路”科技创新工作体系");
                assertContains(lines, "三、搭建多类型科技合作平台");
                assertContains(lines, "2027");
            } else {
                assertContains(lines, "Beijing Municipal Science and Technology Commission");
            }
            break;
        case TRACEABILITY:
            // the detail table lists every task once, in plan order, after its caption
            assertInOrder(after(lines, zh ? "重点任务及其关联" : "Key tasks and their trace links"), tasks);
            // the indicator table: three indicators with target 100 by 2027
            assertEquals(3, lines.stream().filter(l -> l.matches(".*\\| 100 \\| .* \\| 2027 \\|.*")).count(),
                    String.join("\n", lines));
            if (zh) {
                INDICATORS_ZH.forEach(name -> assertContains(lines, name));
                if (format == ReportFormat.HTML || format == ReportFormat.DOCX) {
                    assertContains(lines, "目标值：到2027年100");
                }
                assertContains(lines, "12 / 12（100%）");
            }
            break;
        case PROGRESS:
            if (zh) {
                INDICATORS_ZH.forEach(name -> assertTrue(lines.stream().anyMatch(l -> l.startsWith(name) && l.contains("100")),
                        name + " with target 100 in\n" + String.join("\n", lines)));
            }
            assertEquals(3, lines.stream().filter(l -> l.matches(".*\\| 100 \\| 2027 \\| 0 \\|.*")).count(),
                    "three indicators with target 100 by 2027, none achieved:\n" + String.join("\n", lines));
            break;
        case GAPS:
            // the sample's registries are empty, so every 2027 target is projected to be missed
            assertEquals(3, lines.stream().filter(l -> l.contains(zh ? "低于目标值100" : "short of its target of 100")).count(),
                    String.join("\n", lines));
            break;
        case QUARTERLY:
            // the sample has no updates: on 2025-06-30 every task is unreported for Q1 2025 (due 2025-04-10)
            assertInOrder(lines, tasks);
            if (format == ReportFormat.HTML || format == ReportFormat.DOCX) {
                assertContains(lines, zh ? "红灯12项、黄灯0项" : "12 red, 0 yellow");
                assertContains(lines, zh ? "2025年第一季度" : "Q1 2025");
                assertContains(lines, zh ? "逾期未报送" : "Not reported");
            }
            break;
        case BRIEFING:
            // all 12 tasks are red (unreported for Q1 2025), listed under their first lead unit in the plan's order
            assertInOrder(lines, tasks);
            if (format == ReportFormat.HTML || format == ReportFormat.DOCX) {
                assertContains(lines, zh ? "红灯12项、黄灯0项" : "12 are red, 0 yellow");
                assertContains(lines, zh ? "市科委：红灯12项、黄灯0项。" : "12 red, 0 yellow.");
                assertContains(lines, zh ? "逾期未报送" : "Not reported");
            }
            break;
        case COMMENTS:
            // the sample's 15 comments, each under its source in the plan's order (experts, field research, divisions)
            assertInOrder(lines, zh ? List.of("建议发展目标在“三个一百”", "建议支持国内科技园区", "建议将平台建设类任务")
                    : List.of("Add outcome indicators", "Support twinning", "Describe the platform tasks"));
            if (format == ReportFormat.HTML || format == ReportFormat.DOCX) {
                assertContains(lines, zh ? "共收到3个渠道的意见15条。其中，采纳5条，部分采纳4条，不采纳3条，尚待处理3条。"
                        : "15 comments were received from 3 consultations. Of these, 5 were adopted, 4 partly adopted and 3 not adopted; 3 are pending.");
            }
            break;
        default:
            fail("no assertions for " + type);
        }
    }

    static void assertInOrder(List<String> lines, List<String> expected) {
        int from = 0;
        for (String text : expected) {
            int found = -1;
            for (int i = from; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    found = i;
                    break;
                }
            }
            assertTrue(found >= 0, "'" + text + "' missing or out of order after line " + from + " in\n" + String.join("\n", lines));
            from = found + 1;
        }
    }

    static void assertContains(List<String> lines, String text) {
        assertTrue(lines.stream().anyMatch(l -> l.contains(text)), "'" + text + "' not in\n" + String.join("\n", lines));
    }

    static List<String> after(List<String> lines, String marker) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return lines.subList(i, lines.size());
            }
        }
        fail("'" + marker + "' not in\n" + String.join("\n", lines));
        return List.of();
    }
}
