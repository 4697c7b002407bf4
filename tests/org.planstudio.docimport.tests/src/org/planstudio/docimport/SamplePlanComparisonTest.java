package org.planstudio.docimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.planstudio.model.io.PlanResources;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;

/**
 * The import of the seed against the sample plan built from it by hand: every element the
 * explanation states comes out with the same Chinese text, in the same order, once the areas
 * of the tasks are set as the sample has them.
 */
class SamplePlanComparisonTest {

    @TempDir
    Path folder;

    @Test
    void theImportMatchesTheHandBuiltSample() throws Exception {
        ImportMapping mapping = DocumentImporter.map(SeedDocuments.text(folder));
        List<MappedPart> areas = mapping.all(PartKind.TASK_AREA);
        List<MappedPart> tasks = mapping.all(PartKind.TASK);
        for (int i = 0; i < tasks.size(); i++) {
            tasks.get(i).setArea(areas.get(i < 2 ? 0 : i < 7 ? 1 : 2));
        }
        Plan imported = DocumentImporter.build(mapping, "bj-bri-2024");
        Plan sample = sample();

        assertEquals(zh(sample.getTitle()), zh(imported.getTitle()));
        assertEquals(zh(sample.getShortTitle()), zh(imported.getShortTitle()));
        assertEquals(sample.getStartYear(), imported.getStartYear());
        assertEquals(sample.getEndYear(), imported.getEndYear());
        assertEquals(zh(sample.getGuidingIdeology()), zh(imported.getGuidingIdeology()));
        same(sample.getPolicyReferences(), imported.getPolicyReferences(), r -> zh(r.getTitle()));
        same(sample.getConsiderations(), imported.getConsiderations(), c -> zh(c.getTitle()) + "|" + zh(c.getText()));
        same(sample.getPrinciples(), imported.getPrinciples(), p -> zh(p.getName()) + "|" + zh(p.getText()));
        same(sample.getGoals(), imported.getGoals(), g -> zh(g.getText()) + "|" + g.getTargetYear());
        same(sample.getGoals().get(0).getIndicators(), imported.getGoals().get(0).getIndicators(),
                i -> zh(i.getName()) + "|" + i.getTarget().intValue() + "|" + i.getTargetYear() + "|" + i.getAccumulation());
        same(sample.getTaskAreas(), imported.getTaskAreas(), a -> a.getNumber() + "|" + zh(a.getTitle()) + "|"
                + a.getTasks().stream().map(t -> t.getNumber() + " " + zh(t.getTitle())).collect(Collectors.joining(",")));
        same(sample.getSafeguards(), imported.getSafeguards(), s -> s.getNumber() + "|" + zh(s.getTitle()));
        same(sample.getConsultations(), imported.getConsultations(), ImportSummary::consultation);
        assertEquals(sample.getIssuers().stream().map(o -> o.getShortName()).collect(Collectors.toList()),
                imported.getIssuers().stream().map(o -> o.getShortName()).collect(Collectors.toList()));
    }

    private static <T extends EObject> void same(List<T> expected, List<T> actual, Function<T, String> key) {
        assertEquals(expected.stream().map(key).collect(Collectors.toList()), actual.stream().map(key).collect(Collectors.toList()));
    }

    private static String zh(LocalizedText text) {
        return Texts.zh(text).orElse("");
    }

    private static Plan sample() throws Exception {
        Bundle samples = Arrays.stream(FrameworkUtil.getBundle(SeedDocuments.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.planstudio.samples")).findFirst().orElseThrow();
        try (InputStream in = samples.getEntry("plans/beijing-bri-2024-2027.plan").openStream()) {
            return PlanResources.read(in, "beijing-bri-2024-2027.plan");
        }
    }

    /** What the explanation says of a consultation: kind, title, how many took part, the named participants. */
    private static final class ImportSummary {
        static String consultation(Consultation c) {
            return c.getKind() + "|" + zh(c.getTitle()) + "|" + c.getParticipantCount() + "|"
                    + c.getParticipants().stream().map(o -> zh(o.getName())).collect(Collectors.joining("、"));
        }
    }
}
