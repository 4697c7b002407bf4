package org.planstudio.store.internal;

import java.util.List;

import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Translation;

/** A LocalizedText as stored in REGISTRY_TEXT and REGISTRY_TRANSLATION. */
record TextRow(String zh, List<TranslationRow> translations) {

    record TranslationRow(String language, String text, String sourceDigest) {
    }

    TextRow {
        translations = List.copyOf(translations);
    }

    static TextRow of(LocalizedText text) {
        return new TextRow(text.getZh(), text.getTranslations().stream()
                .map(t -> new TranslationRow(t.getLanguage(), t.getText(), t.getSourceDigest()))
                .toList());
    }

    LocalizedText toText() {
        LocalizedText text = PlanFactory.eINSTANCE.createLocalizedText();
        text.setZh(zh);
        for (TranslationRow row : translations) {
            Translation translation = PlanFactory.eINSTANCE.createTranslation();
            translation.setLanguage(row.language());
            translation.setText(row.text());
            translation.setSourceDigest(row.sourceDigest());
            text.getTranslations().add(translation);
        }
        return text;
    }

    void addTo(Fingerprint fingerprint) {
        fingerprint.add(zh).add(translations.size());
        for (TranslationRow row : translations) {
            fingerprint.add(row.language()).add(row.text()).add(row.sourceDigest());
        }
    }
}
