package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The kill -9 campaign at a small N (docs/benchmarks.md records a long run). */
@Tag(TestStores.EMBEDDED_ONLY)
class KillCampaignTest {

    private static final int ITEMS_PER_KIND = 50;

    @TempDir
    Path temp;

    @Test
    @Timeout(600)
    void everyCommittedRevisionSurvivesRandomKills() throws Exception {
        KillCampaign.Result result = new KillCampaign(temp, ITEMS_PER_KIND, 42).run(3);
        assertEquals(List.of(), result.problems(), KillCampaign.describe(result, ITEMS_PER_KIND));
        assertEquals(3, result.killedAfter().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(result.revisions() >= 1, "no revision committed: " + KillCampaign.describe(result, ITEMS_PER_KIND));
    }

    @Test
    @Timeout(600)
    void everyCommittedTrackedSaveSurvivesRandomKills() throws Exception {
        KillCampaign.Result result = new KillCampaign(temp, ITEMS_PER_KIND, 43, KillCampaign.Mode.TRACKED).run(3);
        String described = KillCampaign.describe(result, ITEMS_PER_KIND);
        assertEquals(List.of(), result.problems(), described);
        assertEquals(3, result.killedAfter().values().stream().mapToInt(Integer::intValue).sum());
        // Revision 1 is a full save; the campaign is about the ones after it.
        assertTrue(result.revisions() >= 2, "no tracked revision committed: " + described);
        assertTrue(result.trackedSaves() >= 1, "no save was written from tracked changes: " + described);
    }
}
