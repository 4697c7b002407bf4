package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The kill -9 campaign at a small N (docs/benchmarks.md records a long run). */
class KillCampaignTest {

    @TempDir
    Path temp;

    @Test
    @Timeout(600)
    void everyCommittedRevisionSurvivesRandomKills() throws Exception {
        KillCampaign.Result result = new KillCampaign(temp, 100, 42).run(4);
        assertEquals(List.of(), result.problems(), KillCampaign.describe(result, 100));
        assertEquals(4, result.killedAfter().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(result.revisions() >= 1, "no revision committed: " + KillCampaign.describe(result, 100));
    }
}
