package org.planstudio.model.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Translation;

/**
 * Reads and writes {@link LocalizedText}: Chinese is the master, every translation records the
 * digest of the Chinese it was made from. A null LocalizedText reads as "no text".
 */
public final class Texts {

    public static final String CHINESE = "zh";
    public static final String ENGLISH = "en";

    private Texts() {
    }

    public static LocalizedText of(String zh) {
        LocalizedText text = PlanFactory.eINSTANCE.createLocalizedText();
        text.setZh(Objects.requireNonNull(zh, "zh"));
        return text;
    }

    public static LocalizedText of(String zh, String en) {
        LocalizedText text = of(zh);
        setTranslation(text, ENGLISH, Objects.requireNonNull(en, "en"));
        return text;
    }

    public static Optional<String> zh(LocalizedText text) {
        return text == null ? Optional.empty() : Optional.ofNullable(text.getZh());
    }

    public static Optional<String> en(LocalizedText text) {
        return translation(text, ENGLISH);
    }

    public static Optional<String> translation(LocalizedText text, String language) {
        Objects.requireNonNull(language, "language");
        if (CHINESE.equals(language)) {
            return zh(text);
        }
        return find(text, language).map(Translation::getText);
    }

    /** Adds or replaces the translation and records which Chinese text it translates. */
    public static Translation setTranslation(LocalizedText text, String language, String translated) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(translated, "translated");
        if (CHINESE.equals(language)) {
            throw new IllegalArgumentException("Chinese is the master text, not a translation");
        }
        Translation translation = find(text, language).orElseGet(() -> {
            Translation created = PlanFactory.eINSTANCE.createTranslation();
            created.setLanguage(language);
            text.getTranslations().add(created);
            return created;
        });
        translation.setText(translated);
        translation.setSourceDigest(digest(masterOf(text)));
        return translation;
    }

    public static TranslationState state(LocalizedText text, String language) {
        Objects.requireNonNull(language, "language");
        if (CHINESE.equals(language)) {
            return TranslationState.CURRENT;
        }
        return find(text, language)
                .map(t -> digest(masterOf(text)).equals(t.getSourceDigest()) ? TranslationState.CURRENT : TranslationState.STALE)
                .orElse(TranslationState.MISSING);
    }

    /** True when a translation exists but was made from a different Chinese text (or records none). */
    public static boolean isStale(LocalizedText text, String language) {
        return state(text, language) == TranslationState.STALE;
    }

    /**
     * The text to show a reader: the translation into the locale's language when there is one,
     * otherwise the Chinese, otherwise English; "" when there is no text at all.
     */
    public static String label(LocalizedText text, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return nonBlank(translation(text, locale.getLanguage()))
                .or(() -> nonBlank(zh(text)))
                .or(() -> nonBlank(en(text)))
                .orElse("");
    }

    /**
     * Lowercase hex SHA-256 of the UTF-8 bytes of the Chinese text, exactly as stored (no trimming
     * or normalisation). The sample data computes the same digest, so this must not change.
     */
    public static String digest(String zh) {
        Objects.requireNonNull(zh, "zh");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(zh.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Optional<Translation> find(LocalizedText text, String language) {
        if (text == null) {
            return Optional.empty();
        }
        return text.getTranslations().stream().filter(t -> language.equals(t.getLanguage())).findFirst();
    }

    // A translation made while the Chinese was still empty is stale once Chinese is written.
    private static String masterOf(LocalizedText text) {
        return text.getZh() == null ? "" : text.getZh();
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.filter(s -> !s.isBlank());
    }
}
