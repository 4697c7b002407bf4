package org.planstudio.map;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One country of the world map: its ISO 3166-1 alpha-2 code, the source's English name, and its
 * rings (outer boundaries and holes) as longitude/latitude pairs {@code [lon0, lat0, lon1, lat1, …]}.
 * Filled with the even-odd rule, holes stay empty.
 */
public record CountryOutline(String code, String name, List<double[]> rings) {

    public CountryOutline {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        rings = List.copyOf(rings);
    }

    /** The country's name in the language (the JDK's country names), or the source's English name. */
    public String name(Locale locale) {
        String shown = new Locale("", code).getDisplayCountry(Objects.requireNonNull(locale, "locale"));
        return shown.isBlank() || shown.equals(code) ? name : shown;
    }
}
