package org.planstudio.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;

/** The sample plan is written by hand with the digest definition Texts uses; both must agree. */
class SamplePlanTest {

    private static final String SAMPLE = "bundles/org.planstudio.samples/plans/beijing-bri-2024-2027.plan";

    @Test
    void sampleLoadsWithUniqueIdsAndCurrentTranslations() throws Exception {
        Optional<Path> sample = findUpwards(SAMPLE);
        assumeTrue(sample.isPresent(), "the sample plan is only reachable from a source checkout");

        Plan plan = PlanResources.load(sample.get());

        assertTrue(Ids.duplicates(plan).isEmpty(), () -> "duplicate ids: " + Ids.duplicates(plan).keySet());
        List<String> stale = new ArrayList<>();
        int translated = 0;
        for (var contents = plan.eAllContents(); contents.hasNext();) {
            EObject next = contents.next();
            if (next instanceof LocalizedText text && !text.getTranslations().isEmpty()) {
                translated++;
                if (Texts.isStale(text, "en")) {
                    stale.add(text.getZh());
                }
            }
        }
        assertTrue(translated > 0);
        assertEquals(List.of(), stale);
    }

    private static Optional<Path> findUpwards(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return Optional.of(dir.resolve(relative));
            }
        }
        return Optional.empty();
    }
}
