package org.planstudio.registry;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.registry.internal.Words;

/**
 * Every ISO 3166-1 country with its Chinese and English name, from the Java runtime's CLDR data
 * ({@link Locale#getISOCountries()}), so names follow the library rather than a hand-typed list.
 * Lookup accepts the alpha-2 or alpha-3 code or either name, ignoring case, width and spacing.
 */
public final class CountryCatalogue {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Map<String, CountryName> byCode;
    private final Map<String, CountryName> byWord;

    private CountryCatalogue() {
        Map<String, CountryName> codes = new LinkedHashMap<>();
        Map<String, CountryName> words = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            Locale country = new Locale("", code);
            CountryName name = new CountryName(code, country.getDisplayCountry(CHINESE),
                    country.getDisplayCountry(Locale.ENGLISH));
            codes.put(code, name);
            words.putIfAbsent(Words.normalize(name.zh()), name);
            words.putIfAbsent(Words.normalize(name.en()), name);
            alpha3(country).ifPresent(alpha3 -> words.putIfAbsent(Words.normalize(alpha3), name));
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.byWord = Collections.unmodifiableMap(words);
    }

    public static CountryCatalogue get() {
        return Holder.INSTANCE;
    }

    /** All countries, by code. */
    public List<CountryName> all() {
        return byCode.values().stream().sorted(Comparator.comparing(CountryName::code)).toList();
    }

    public Optional<CountryName> byCode(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code").trim().toUpperCase(Locale.ROOT)));
    }

    /** By Chinese or English name (or alpha-3 code). */
    public Optional<CountryName> byName(String name) {
        String word = Words.normalize(Objects.requireNonNull(name, "name"));
        return word.isEmpty() ? Optional.empty() : Optional.ofNullable(byWord.get(word));
    }

    /** By alpha-2 code first, then by name: what an import column may hold. */
    public Optional<CountryName> find(String codeOrName) {
        Objects.requireNonNull(codeOrName, "codeOrName");
        return byCode(codeOrName).or(() -> byName(codeOrName));
    }

    private static Optional<String> alpha3(Locale country) {
        try {
            return Optional.of(country.getISO3Country()).filter(code -> !code.isEmpty());
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    // Built once, on first use; the JDK's tables do not change while it runs.
    private static final class Holder {
        static final CountryCatalogue INSTANCE = new CountryCatalogue();
    }
}
