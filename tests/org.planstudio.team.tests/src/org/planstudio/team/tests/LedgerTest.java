package org.planstudio.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Plan;
import org.planstudio.team.tests.Ledger.Outcome;

/** The campaign's bookkeeping finds a lost update, and only a lost one (no server needed). */
class LedgerTest {

    private static Ledger.Edit edit(String client, int revision, Outcome outcome, String field, String value) {
        return new Ledger.Edit(client, revision, "test", Map.of(field, Optional.of(value)), outcome, revision,
                List.of(), "");
    }

    @Test
    void anAcknowledgedValueMissingFromTheFinalPlanIsLost() {
        Plan last = CampaignPlan.create();
        last.getPlatforms().remove(CampaignPlan.find(last, "platform-6").orElseThrow());
        Ledger ledger = new Ledger();
        ledger.add(edit("a", 2, Outcome.SAVED, "task-1#title", "A's title"));
        // Superseded: b saved later, and the plan has b's value.
        ledger.add(edit("a", 3, Outcome.SAVED, "task-2#title", "A's second"));
        ledger.add(edit("b", 4, Outcome.MERGED, "task-2#title", "任务2"));
        // Reported as a conflict: not looked for.
        ledger.add(edit("b", 0, Outcome.CONFLICT, "task-3#title", "B's refused title"));
        // Deleted by a later acknowledged edit.
        ledger.add(edit("a", 5, Outcome.SAVED, "platform-6#name", "A's platform"));
        ledger.add(edit("b", 6, Outcome.SAVED, "platform-6#exists", "no"));

        Ledger.Check check = ledger.check(last, 6);

        assertEquals(1, check.lost().size(), check.lost().toString());
        assertTrue(check.lost().get(0).startsWith("r6 task-1#title: test a#2 acknowledged in r2 set A's title,"
                + " the plan has 任务1"), check.lost().get(0));
        assertEquals(1, check.deleted());
        assertEquals(4, check.fields());
        // Revision 3 must still have a's titles of tasks 1 and 2; the plan checked here has neither.
        assertEquals(2, ledger.check(last, 3).lost().size(), ledger.check(last, 3).lost().toString());
    }

    @Test
    void aDeletionThatWasUndoneByALaterEditIsNotExcused() {
        Plan last = CampaignPlan.create();
        last.getPlatforms().remove(CampaignPlan.find(last, "platform-5").orElseThrow());
        Ledger ledger = new Ledger();
        ledger.add(edit("b", 2, Outcome.SAVED, "platform-5#exists", "no"));
        ledger.add(edit("a", 3, Outcome.MERGED, "platform-5#name", "renamed after the deletion"));

        assertEquals(1, ledger.check(last, 3).lost().size());
    }
}
