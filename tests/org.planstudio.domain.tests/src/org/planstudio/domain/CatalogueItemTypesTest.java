package org.planstudio.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planstudio.registry.ItemType;
import org.planstudio.registry.ItemTypes;

/**
 * Every catalogue indicator of every shipped task area counts item types the registries know: a
 * code the registry does not have counts nothing, and the indicator would stay at 0 for ever.
 */
class CatalogueItemTypesTest {

    @BeforeAll
    static void waitForServices() throws Exception {
        InstalledDomainsTest.waitForServices();
    }

    @Test
    void everyIndicatorCountsTypesOfItsRegistry() {
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (String id : InstalledDomainsTest.SHIPPED) {
            RegisteredDomain domain = DomainRegistry.shared().find(id).orElseThrow(() -> new AssertionError(id));
            for (CatalogueIndicator indicator : domain.catalogue()) {
                List<String> known = ItemTypes.of(indicator.registry()).stream().map(ItemType::code).toList();
                for (String type : indicator.itemTypes()) {
                    checked++;
                    if (!known.contains(type) || ItemTypes.OTHER.equals(type)) {
                        unknown.add(id + "/" + indicator.code() + ": " + indicator.registry() + " has no type " + type);
                    }
                }
            }
        }
        assertEquals(List.of(), unknown, "known types: " + ItemTypes.of(org.planstudio.model.plan.RegistryKind.PLATFORM));
        assertTrue(checked >= 20, "the five areas' catalogues were read: " + checked);
    }
}
