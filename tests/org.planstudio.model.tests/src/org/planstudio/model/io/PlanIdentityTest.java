package org.planstudio.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.planstudio.model.TestPlans;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanDates;

/** The issue date (成文日期) and the plan a copy came from: optional, so older files still read. */
class PlanIdentityTest {

    private static final String OLD_FILE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<plan:Plan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:plan=\"http://planstudio.org/model/plan/1.0\" id=\"old\" startYear=\"2021\" endYear=\"2025\""
            + " documentNumber=\"京政发〔2021〕12号\"/>\n";

    @Test
    void aFileWrittenBeforeTheseAttributesExistedReadsWithoutThem() throws Exception {
        Plan plan = PlanResources.read(new ByteArrayInputStream(OLD_FILE.getBytes(StandardCharsets.UTF_8)), "old.plan");
        assertEquals("京政发〔2021〕12号", plan.getDocumentNumber());
        assertNull(plan.getIssueDate());
        assertNull(plan.getDerivedFromPlanId());
    }

    @Test
    void theIssueDateIsABeijingCalendarDayInTheFileOnAnyMachine() throws Exception {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Plan plan = TestPlans.small();
            plan.setIssueDate(PlanDates.toDate(LocalDate.of(2024, 12, 31)));
            plan.setDerivedFromPlanId("bj-bri-2024");
            String xml = new String(PlanResources.toBytes(plan), StandardCharsets.UTF_8);
            assertTrue(xml.contains("issueDate=\"2024-12-31T00:00:00.000+0800\""), xml);

            Plan back = PlanResources.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "p.plan");
            assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), PlanDates.toLocalDate(back.getIssueDate()));
            assertEquals("bj-bri-2024", back.getDerivedFromPlanId());
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}
