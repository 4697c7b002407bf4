package org.planstudio.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;

class CountryCatalogueTest {

    private final CountryCatalogue countries = CountryCatalogue.get();

    @Test
    void namesComeFromTheLibraryInBothLanguages() {
        CountryName kz = countries.byCode("KZ").orElseThrow();

        assertEquals("哈萨克斯坦", kz.zh());
        assertEquals("Kazakhstan", kz.en());
        assertEquals("哈萨克斯坦", kz.label(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Kazakhstan", kz.label(Locale.ENGLISH));
        assertEquals(new Locale("", "UZ").getDisplayCountry(Locale.SIMPLIFIED_CHINESE),
                countries.byCode("UZ").orElseThrow().zh());
    }

    @Test
    void coversEveryIsoCode() {
        assertEquals(Locale.getISOCountries().length, countries.all().size());
        assertTrue(countries.all().size() > 240);
    }

    @Test
    void looksUpByCodeIgnoringCaseAndByEitherName() {
        assertEquals("KZ", countries.byCode(" kz ").orElseThrow().code());
        assertEquals("KZ", countries.byName("哈萨克斯坦").orElseThrow().code());
        assertEquals("KZ", countries.byName("KAZAKHSTAN").orElseThrow().code());
        assertEquals("KZ", countries.find("KAZ").orElseThrow().code(), "alpha-3 code");
        assertEquals("UZ", countries.find("乌兹别克斯坦").orElseThrow().code());
        assertEquals("BA", countries.find("Bosnia and Herzegovina").orElseThrow().code(), "& and 'and' are the same");
        assertEquals(Optional.empty(), countries.find("XX"));
        assertEquals(Optional.empty(), countries.find("Atlantis"));
        assertEquals(Optional.empty(), countries.find(" "));
    }

    @Test
    void obtainCreatesTheCountryOnceWithItsNames() {
        Plan plan = RegistryTestPlans.plan();
        int before = plan.getCountries().size();

        Country kz = PlanCountries.obtain(plan, "kz");

        assertEquals(before + 1, plan.getCountries().size());
        assertEquals("KZ", kz.getCode());
        assertEquals("country.kz", kz.getId());
        assertEquals(Optional.of("哈萨克斯坦"), Texts.zh(kz.getName()));
        assertEquals(Optional.of("Kazakhstan"), Texts.en(kz.getName()));
        assertSame(kz, PlanCountries.obtain(plan, "哈萨克斯坦"));
        assertSame(kz, PlanCountries.find(plan, "Kz").orElseThrow());
        assertEquals(before + 1, plan.getCountries().size());
    }

    @Test
    void obtainReturnsACountryThePlanAlreadyHas() {
        Plan plan = RegistryTestPlans.plan();
        Country russia = plan.getCountries().get(0);

        assertSame(russia, PlanCountries.obtain(plan, "RU"));
        assertThrows(IllegalArgumentException.class, () -> PlanCountries.obtain(plan, "XX"));
    }

    @Test
    void createDoesNotTouchThePlanAndAvoidsTakenIds() {
        Plan plan = RegistryTestPlans.plan();
        plan.getTaskAreas().get(0).setId("country.sg");

        Country created = PlanCountries.create(plan, countries.byCode("SG").orElseThrow());

        assertTrue(plan.getCountries().stream().noneMatch(c -> c == created));
        assertNotEquals("country.sg", created.getId());
        assertEquals("SG", created.getCode());
    }
}
