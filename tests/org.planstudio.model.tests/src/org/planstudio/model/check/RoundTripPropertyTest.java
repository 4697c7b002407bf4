package org.planstudio.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;

/**
 * Write what can be read: random valid plans (every element kind, dates across the allowed range,
 * decimals at their digit limits, long texts with awkward characters) pass the validator, are
 * written, read back with the checking reader, and are equal to what was written.
 */
@Timeout(600)
class RoundTripPropertyTest {

    private static final int PLANS = Integer.getInteger("planstudio.roundTrip.plans", 200);

    @TempDir
    Path dir;

    @Test
    void randomValidPlansReadBackEqual() throws Exception {
        for (long seed = 1; seed <= PLANS; seed++) {
            Plan plan = new RandomPlans(seed).plan();
            List<PlanProblem> problems = PlanValidator.validate(plan);
            assertEquals(List.of(), problems, "seed " + seed + " made an invalid plan");
            Path file = dir.resolve("p" + seed + ".plan");
            PlanResources.save(plan, file);
            Plan read = PlanResources.loadChecked(file);
            assertTrue(new EcoreUtil.EqualityHelper().equals(plan, read), "seed " + seed + " did not read back equal");
            byte[] again = PlanResources.toBytes(read);
            Plan fromBytes = PlanResources.read(new ByteArrayInputStream(again), "seed " + seed);
            assertTrue(PlanResources.equal(plan, fromBytes), "seed " + seed + ": second round differs");
        }
    }
}
