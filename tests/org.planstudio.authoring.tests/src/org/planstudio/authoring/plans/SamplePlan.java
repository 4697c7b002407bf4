package org.planstudio.authoring.plans;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.io.PlanFormatException;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;

/** The shipped sample plan, read fresh for each test. */
final class SamplePlan {

    private SamplePlan() {
    }

    static Plan read() throws IOException, PlanFormatException {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(BlankPlan.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry("plans/beijing-bri-2024-2027.plan");
        try (InputStream in = entry.openStream()) {
            return PlanResources.read(in, "beijing-bri-2024-2027.plan");
        }
    }
}
