package org.planstudio.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.io.PlanFormatException;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;

/** The shipped sample plan, and a copy of it whose texts try to break out of every format. */
final class TestPlans {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final String SCRIPT = "<script>alert('x')</script> \"引号\" & 'single'";
    static final String FORMULA = "=cmd|' /C calc'!A0";
    static final String IMG = "<img src=x onerror=alert(1)>";

    private TestPlans() {
    }

    static Plan sample() throws IOException, PlanFormatException {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(Reports.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry("plans/beijing-bri-2024-2027.plan");
        assertNotNull(entry, "the samples bundle ships the plan");
        try (InputStream in = entry.openStream()) {
            return PlanResources.read(in, "beijing-bri-2024-2027.plan");
        }
    }

    static List<String> sampleTaskTitles(Plan plan, Locale locale) {
        return PlanQueries.tasks(plan).stream().map(t -> Texts.label(t.getTitle(), locale)).toList();
    }

    /**
     * The sample with hostile texts in titles, unit names and registry items, and a few items so
     * that progress tables, charts and item lists carry them too.
     */
    static Plan hostile() throws IOException, PlanFormatException {
        Plan plan = sample();
        PlanFactory f = PlanFactory.eINSTANCE;
        List<KeyTask> tasks = PlanQueries.tasks(plan);
        tasks.get(0).setTitle(Texts.of(SCRIPT, SCRIPT));
        tasks.get(1).setTitle(Texts.of(FORMULA, FORMULA));
        Organization org = f.createOrganization();
        org.setId("org.hostile");
        org.setShortName("@SUM(1+1)");
        org.setName(Texts.of("@SUM(1+1)", "+SUM(1+1)"));
        plan.getOrganizations().add(org);
        tasks.get(2).getLeadUnits().add(0, org);
        plan.getGoals().get(0).getIndicators().get(0).setName(Texts.of("-2+3 " + IMG, "-2+3 " + IMG));
        Country country = f.createCountry();
        country.setId("country.kz");
        country.setCode("KZ");
        country.setName(Texts.of("<b>哈萨克斯坦</b>", "<b>Kazakhstan</b>"));
        plan.getCountries().add(country);
        for (int i = 0; i < 3; i++) {
            Platform platform = f.createPlatform();
            platform.setId("platform." + i);
            platform.setName(Texts.of(i == 0 ? FORMULA : IMG + i, i == 0 ? FORMULA : IMG + i));
            platform.setStatus(ItemStatus.ACTIVE);
            platform.setHostOrganization(org);
            platform.getPartnerCountries().add(country);
            platform.setStartDate(PlanDates.toDate(LocalDate.of(2024, 3 + i, 1)));
            plan.getPlatforms().add(platform);
            TraceLink link = f.createTraceLink();
            link.setId("link.platform." + i);
            link.setKind(TraceKind.IMPLEMENTS);
            link.setSource(platform);
            link.setTarget(tasks.get(2));
            plan.getTraceLinks().add(link);
        }
        // A comment as a hostile form might deliver it: formula-like text and unit, markup in the reason.
        org.planstudio.model.plan.Comment comment = f.createComment();
        comment.setId("comment.hostile");
        comment.setText(Texts.of(FORMULA, FORMULA));
        comment.setReason(Texts.of(SCRIPT, SCRIPT));
        comment.setAuthorName("@SUM(1+1)");
        comment.getConcerns().add(tasks.get(0));
        plan.getConsultations().get(3).getComments().add(comment);
        return plan;
    }
}
