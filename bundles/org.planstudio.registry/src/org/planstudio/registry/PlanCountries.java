package org.planstudio.registry;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;

/** The plan's {@link Country} elements (partner countries), one per ISO code. */
public final class PlanCountries {

    private PlanCountries() {
    }

    public static Optional<Country> find(Plan plan, String code) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(code, "code");
        String wanted = code.trim();
        return plan.getCountries().stream().filter(c -> c.getCode() != null && c.getCode().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /**
     * A new Country for the plan, not yet added to it (an editing command adds it): code, names
     * in Chinese and English from the catalogue, and an id the plan does not use yet.
     */
    public static Country create(Plan plan, CountryName name) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(name, "name");
        Country country = PlanFactory.eINSTANCE.createCountry();
        String readable = "country." + name.code().toLowerCase(Locale.ROOT);
        country.setId(PlanQueries.find(plan, readable).isPresent() ? Ids.newId() : readable);
        country.setCode(name.code());
        country.setName(Texts.of(name.zh(), name.en()));
        return country;
    }

    /**
     * The plan's Country for this code or name, added to the plan when it has none yet. Changes
     * the plan directly, outside any command stack: for set-up code and tools; an editor uses
     * the import command or {@link #create} with its own command.
     *
     * @throws IllegalArgumentException when the catalogue knows no such country
     */
    public static Country obtain(Plan plan, String codeOrName) {
        CountryName name = CountryCatalogue.get().find(Objects.requireNonNull(codeOrName, "codeOrName"))
                .orElseThrow(() -> new IllegalArgumentException("unknown country: " + codeOrName));
        return find(plan, name.code()).orElseGet(() -> {
            Country created = create(plan, name);
            plan.getCountries().add(created);
            return created;
        });
    }
}
