package org.planstudio.translation;

import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.text.Texts;
import org.planstudio.model.text.TranslationState;

/**
 * One text of a plan that has Chinese to translate: the element it belongs to (the nearest one
 * with an id), the field inside that element ("title", "countingRule.description") and the text
 * itself. Chinese, English and state are read from the model each time, so a row shown in a
 * table follows edits made elsewhere.
 */
public record PlanText(Identified element, String field, LocalizedText text) {

    public PlanText {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
    }

    public String elementId() {
        return element.getId() == null ? "" : element.getId();
    }

    /** "KeyTask", the model's name of the element's kind. */
    public String elementKind() {
        return element.eClass().getName();
    }

    /** Element id and field: what identifies the text in an exported file. */
    public String key() {
        return elementId() + '#' + field;
    }

    public String zh() {
        return Texts.zh(text).orElse("");
    }

    public Optional<String> en() {
        return Texts.en(text).filter(en -> !en.isBlank());
    }

    /** Missing when there is no English or only blanks; outdated (STALE) when the Chinese changed since. */
    public TranslationState state() {
        if (en().isEmpty()) {
            return TranslationState.MISSING;
        }
        return Texts.state(text, Texts.ENGLISH);
    }

    /** SHA-256 of the current Chinese, as a translation made now would record. */
    public String digest() {
        return Texts.digest(zh());
    }
}
