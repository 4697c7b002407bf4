package org.planstudio.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The concurrency campaign at a small N (docs/benchmarks.md records the full 2 x 1,000 run). */
class ConcurrencyCampaignTest {

    @Test
    @Timeout(600)
    void noAcknowledgedEditIsLostWhenTwoEditorsSaveAtOnce() throws Exception {
        ConcurrencyCampaign.Result result;
        try (TestServer server = new TestServer()) {
            result = new ConcurrencyCampaign(server, 2, 30, 42).run();
        }
        String figures = ConcurrencyCampaign.describe(result);
        assertEquals(List.of(), result.check().lost(), figures);
        assertEquals(List.of(), result.lostInRevisions(), figures);
        assertEquals(List.of(), result.problems(), figures);
        assertTrue(result.audit().intact(), figures);
        assertEquals(60, result.acknowledged() + result.conflicts() + result.refused() + result.errors(), figures);
        assertTrue(result.acknowledged() > 0 && result.check().fields() > 0, "nothing was checked: " + figures);
        System.out.println("concurrency campaign: " + figures);
    }
}
