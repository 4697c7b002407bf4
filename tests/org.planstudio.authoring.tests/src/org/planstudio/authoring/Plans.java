package org.planstudio.authoring;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.edit.PlanAdapterFactories;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;

/** The sample plan and small hand-made plans, each in an editing domain as the editor holds it. */
final class Plans {

    private Plans() {
    }

    static Plan sample() throws Exception {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(Plan.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        URL entry = samples.getEntry("plans/beijing-bri-2024-2027.plan");
        assertNotNull(entry, "the samples bundle ships the plan");
        try (InputStream in = entry.openStream()) {
            return PlanResources.read(in, entry.toString());
        }
    }

    static AdapterFactoryEditingDomain domainFor(Plan plan) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(PlanAdapterFactories.create(), new BasicCommandStack());
        Resource resource = new ResourceImpl(URI.createURI("planstudio:/plans/" + plan.getId() + ".plan"));
        resource.getContents().add(plan);
        domain.getResourceSet().getResources().add(resource);
        return domain;
    }

    /** A plan of another office: one area with one task, and an organisation sharing the sample's id. */
    static Plan small() {
        PlanFactory f = PlanFactory.eINSTANCE;
        Plan plan = f.createPlan();
        plan.setId("small");
        plan.setTitle(Texts.of("小计划"));
        plan.setStartYear(2025);
        plan.setEndYear(2028);
        Organization org = f.createOrganization();
        org.setId("org.bjstc");
        org.setName(Texts.of("北京市科委"));
        plan.getOrganizations().add(org);
        TaskArea area = f.createTaskArea();
        area.setId("small.area.1");
        area.setNumber(1);
        plan.getTaskAreas().add(area);
        KeyTask task = f.createKeyTask();
        task.setId("small.task.1");
        task.setNumber(1);
        area.getTasks().add(task);
        return plan;
    }

    static boolean equal(EObject a, EObject b) {
        return new EcoreUtil.EqualityHelper().equals(a, b);
    }

    /** Every trace link end and every cross-reference of the plan is an element of the plan. */
    static List<String> dangling(Plan plan) {
        List<String> problems = new ArrayList<>();
        for (TraceLink link : plan.getTraceLinks()) {
            if (link.getSource() == null || EcoreUtil.getRootContainer(link.getSource()) != plan) {
                problems.add("link " + link.getId() + " source");
            }
            if (link.getTarget() == null || EcoreUtil.getRootContainer(link.getTarget()) != plan) {
                problems.add("link " + link.getId() + " target");
            }
        }
        EcoreUtil.ExternalCrossReferencer.find(plan).forEach((target, settings) -> settings.forEach(
                s -> problems.add(s.getEObject().eClass().getName() + "." + s.getEStructuralFeature().getName() + " → " + target)));
        return problems;
    }

    static List<Integer> taskNumbers(Plan plan) {
        return plan.getTaskAreas().stream().flatMap(a -> a.getTasks().stream()).map(KeyTask::getNumber).toList();
    }
}
