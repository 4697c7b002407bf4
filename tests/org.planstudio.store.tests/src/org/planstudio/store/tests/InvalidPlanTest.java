package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.store.StoreException.Reason;

/** Plans the store cannot keep faithfully are refused before anything is written. */
class InvalidPlanTest {

    @TempDir
    Path temp;

    private void assertRefused(Plan plan, String expectedInMessage) throws Exception {
        try (PlanStore store = PlanStore.open(TestStores.config(temp.resolve("db")))) {
            int audit = store.auditLog(1000).size();
            StoreException error = assertThrows(StoreException.class, () -> store.save(plan, 0, "a", ""));
            assertEquals(Reason.INVALID_PLAN, error.reason(), error.getMessage());
            assertTrue(error.getMessage().contains(expectedInMessage), error.getMessage());
            assertEquals(List.of(), store.listPlans());
            assertEquals(audit, store.auditLog(1000).size());
        }
    }

    @Test
    void planWithoutId() throws Exception {
        Plan plan = TestPlans.rich("x");
        plan.setId(null);
        assertRefused(plan, "Plan has no id");
    }

    @Test
    void registryItemWithoutId() throws Exception {
        Plan plan = TestPlans.rich("plan-i");
        plan.getExperts().get(0).setId(" ");
        assertRefused(plan, "Expert has no id");
    }

    @Test
    void duplicateRegistryIds() throws Exception {
        Plan plan = TestPlans.rich("plan-i");
        plan.getJointProjects().get(0).setId("platform-lab");
        assertRefused(plan, "platform-lab");
    }

    @Test
    void partnerCountryOutsideThePlan() throws Exception {
        Plan plan = TestPlans.rich("plan-i");
        Country elsewhere = PlanFactory.eINSTANCE.createCountry();
        elsewhere.setId("country-nowhere");
        plan.getPlatforms().get(0).getPartnerCountries().add(elsewhere);
        assertRefused(plan, "Platform platform-lab refers to Country country-nowhere");
    }

    @Test
    void linkFromAPlanElementToAnItemOfAnotherPlan() throws Exception {
        Plan plan = TestPlans.rich("plan-i");
        Plan other = TestPlans.rich("plan-other");
        TestPlans.link(plan, "link-foreign", TraceKind.ABOUT, plan.getConsultations().get(0).getComments().get(0),
                other.getPlatforms().get(0), false);
        assertRefused(plan, "TraceLink link-foreign refers to Platform platform-lab");
    }

    @Test
    void valuesLongerThanTheirColumnsAreRefusedNamingTheFieldNotTheDatabase() throws Exception {
        Plan plan = TestPlans.rich("plan-i");
        plan.getPlatforms().get(0).setType("t".repeat(300));
        assertRefused(plan, "type: the text is too long (300 > 255 characters)");
    }

    @Test
    void hugeBudgetsAreRefusedBeforeTheDatabase() throws Exception {
        Plan plan = TestPlans.rich("plan-i");
        plan.getJointProjects().get(0).setBudget(new java.math.BigDecimal("9".repeat(101)));
        assertRefused(plan, "budget");
    }
}
