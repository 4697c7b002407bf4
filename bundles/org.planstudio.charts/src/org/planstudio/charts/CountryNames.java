package org.planstudio.charts;

import java.util.Locale;
import java.util.Objects;

import org.planstudio.model.plan.Country;
import org.planstudio.model.text.ElementLabels;
import org.planstudio.model.text.Texts;

/**
 * A partner country's name: the plan's own name for it when it has one, otherwise the Java
 * runtime's name for its ISO code in the reader's language (KZ → 哈萨克斯坦 / Kazakhstan).
 */
public final class CountryNames {

    private CountryNames() {
    }

    public static String of(Country country, Locale locale) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(locale, "locale");
        if (!Texts.label(country.getName(), locale).isBlank()) {
            return ElementLabels.text(country, locale);
        }
        String code = country.getCode() == null ? "" : country.getCode().strip();
        if (code.length() == 2) {
            String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(locale);
            if (!name.isBlank() && !name.equalsIgnoreCase(code)) {
                return name;
            }
        }
        return ElementLabels.text(country, locale);
    }
}
