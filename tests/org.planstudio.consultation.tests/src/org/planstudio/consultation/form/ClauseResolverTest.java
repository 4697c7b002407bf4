package org.planstudio.consultation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planstudio.consultation.Plans;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;

class ClauseResolverTest {

    private static Plan plan;
    private static ClauseResolver resolver;

    @BeforeAll
    static void load() throws Exception {
        plan = Plans.sample();
        resolver = new ClauseResolver(plan);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "重点任务（三）|bj-bri-2024.area.3",
            "重点任务 (二)|bj-bri-2024.area.2",
            "第5项任务|bj-bri-2024.task.05",
            "第五项任务|bj-bri-2024.task.05",
            "任务十二|bj-bri-2024.task.12",
            "（三）9|bj-bri-2024.task.09",
            "重点任务（三）第９项|bj-bri-2024.task.09",
            "7|bj-bri-2024.task.07",
            "⑤|bj-bri-2024.task.05",
            "第3、5项任务|bj-bri-2024.task.03 bj-bri-2024.task.05",
            "基本原则（二）|bj-bri-2024.principle.innovation",
            "保障措施第一条|bj-bri-2024.safeguard.1",
            "保障措施|bj-bri-2024.safeguard.1 bj-bri-2024.safeguard.2 bj-bri-2024.safeguard.3",
            "全文|bj-bri-2024",
            "bj-bri-2024.task.11|bj-bri-2024.task.11" })
    void matchesWhatOfficesWrite(String clause, String ids) {
        ClauseResolver.Resolution resolution = resolver.resolve(clause);
        assertEquals(List.of(ids.split(" ")), resolution.elements().stream().map(Identified::getId).toList(), clause);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "第15项任务", "重点任务（九）", "附件2", "基本原则（六）", "第3、15项任务" })
    void keepsWhatItCannotMatchAsWritten(String clause) {
        ClauseResolver.Resolution resolution = resolver.resolve(clause);
        assertFalse(resolution.resolved(), clause);
        assertEquals(clause, resolution.unmatched().orElseThrow());
    }

    @Test
    void anEmptyClauseMatchesNothing() {
        assertFalse(resolver.resolve("  ").resolved());
    }
}
