package org.planstudio.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.store.internal.RegistryMapping;

/**
 * Registry items are stored column by column. A feature added to the model and not to the
 * mapping would be dropped silently on save; this test makes it a build failure instead.
 */
class ModelCoverageTest {

    @Test
    void everyConcreteRegistryClassIsMapped() {
        Set<EClass> concrete = new HashSet<>();
        for (EClassifier classifier : PlanPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type && !type.isAbstract()
                    && PlanPackage.Literals.REGISTRY_ITEM.isSuperTypeOf(type)) {
                concrete.add(type);
            }
        }
        assertEquals(concrete, RegistryMapping.STORED_FEATURES.keySet());
    }

    @Test
    void everyFeatureOfARegistryClassIsStored() {
        RegistryMapping.STORED_FEATURES.forEach((type, stored) -> assertEquals(
                names(new HashSet<>(type.getEAllStructuralFeatures())), names(stored), type.getName()));
    }

    private static Set<String> names(Set<EStructuralFeature> features) {
        return features.stream().map(EStructuralFeature::getName).collect(Collectors.toSet());
    }
}
