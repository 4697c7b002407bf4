package org.planstudio.registry;

import java.util.Locale;
import java.util.Objects;

import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.internal.Words;

/**
 * A kind of registry item. {@code code} is what {@code RegistryItem.type} stores; the labels are
 * what people read and may type instead of the code.
 */
public record ItemType(RegistryKind registry, String code, String zh, String en) {

    public ItemType {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        if (code.isBlank()) {
            throw new IllegalArgumentException("blank item type code");
        }
    }

    /** Chinese for a Chinese locale, English otherwise. */
    public String label(Locale locale) {
        return Words.isChinese(locale) ? zh : en;
    }

    /** True when the text is this type's code or one of its labels, ignoring case, width and spacing. */
    public boolean matches(String text) {
        String word = Words.normalize(Objects.requireNonNull(text, "text"));
        return !word.isEmpty() && (word.equals(Words.normalize(code)) || word.equals(Words.normalize(zh))
                || word.equals(Words.normalize(en)));
    }
}
