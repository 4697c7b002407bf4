package org.planstudio.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EReference;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryItem;

/**
 * The plan's registry items (platforms, joint projects, innovation entities, experts) by partner
 * country, in the plan's order of countries. An item with several partner countries counts once
 * for each; an item without one counts for none.
 */
public final class CountryCounts {

    private CountryCounts() {
    }

    public static Map<Country, List<RegistryItem>> of(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        Map<Country, List<RegistryItem>> byCountry = new LinkedHashMap<>();
        plan.getCountries().forEach(country -> byCountry.put(country, new ArrayList<>()));
        for (RegistryItem item : items(plan)) {
            for (Country country : item.getPartnerCountries()) {
                byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(item);
            }
        }
        byCountry.values().removeIf(List::isEmpty);
        byCountry.replaceAll((country, items) -> List.copyOf(items));
        return byCountry;
    }

    /** Every registry item of the plan: the contents of each registry list the plan holds. */
    @SuppressWarnings("unchecked")
    public static List<RegistryItem> items(Plan plan) {
        List<RegistryItem> items = new ArrayList<>();
        for (EReference reference : PlanPackage.Literals.PLAN.getEAllContainments()) {
            if (PlanPackage.Literals.REGISTRY_ITEM.isSuperTypeOf(reference.getEReferenceType())) {
                items.addAll((List<RegistryItem>) plan.eGet(reference));
            }
        }
        return items;
    }
}
