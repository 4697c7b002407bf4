package org.planstudio.consultation;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.edit.PlanAdapterFactories;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Plan;

/** The sample plan in an editing domain, as the plan editor holds it. */
public final class Plans {

    private Plans() {
    }

    public static Plan sample() throws Exception {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(Plan.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry("plans/beijing-bri-2024-2027.plan");
        assertNotNull(entry, "the samples bundle ships the plan");
        try (InputStream in = entry.openStream()) {
            return PlanResources.read(in, entry.toString());
        }
    }

    public static AdapterFactoryEditingDomain domainFor(Plan plan) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(PlanAdapterFactories.create(),
                new BasicCommandStack());
        Resource resource = new ResourceImpl(URI.createURI("planstudio:/plans/" + plan.getId() + ".plan"));
        resource.getContents().add(plan);
        domain.getResourceSet().getResources().add(resource);
        return domain;
    }
}
