package org.planstudio.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Translation;

class TextsTest {

    @Test
    void digestIsLowercaseHexSha256OfTheUtf8Bytes() {
        // The sample data (org.planstudio.samples) was written with these values.
        assertEquals("c9165a39485c06b5ecbc4b5a9e2031e0229abe212573ed2bf08608994959e3b1", Texts.digest("行动计划"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Texts.digest(""));
    }

    @Test
    void digestTakesTheTextExactlyAsWritten() {
        assertFalse(Texts.digest("行动计划").equals(Texts.digest("行动计划 ")));
    }

    @Test
    void createdTextHasCurrentEnglish() {
        LocalizedText text = Texts.of("重点任务", "Key tasks");

        assertEquals(Optional.of("重点任务"), Texts.zh(text));
        assertEquals(Optional.of("Key tasks"), Texts.en(text));
        assertEquals(Texts.digest("重点任务"), text.getTranslations().get(0).getSourceDigest());
        assertEquals(TranslationState.CURRENT, Texts.state(text, "en"));
        assertFalse(Texts.isStale(text, "en"));
    }

    @Test
    void changingTheChineseMakesTheTranslationStale() {
        LocalizedText text = Texts.of("保障措施", "Safeguards");

        text.setZh("保障措施（修订）");

        assertTrue(Texts.isStale(text, "en"));
        assertEquals(TranslationState.STALE, Texts.state(text, "en"));
        assertEquals(Optional.of("Safeguards"), Texts.en(text), "a stale translation is still readable");
    }

    @Test
    void retranslatingMakesItCurrentAgainWithoutASecondTranslation() {
        LocalizedText text = Texts.of("保障措施", "Safeguards");
        text.setZh("组织保障");

        Translation updated = Texts.setTranslation(text, "en", "Organisational safeguards");

        assertFalse(Texts.isStale(text, "en"));
        assertEquals(1, text.getTranslations().size());
        assertSame(updated, text.getTranslations().get(0));
    }

    @Test
    void translationWithoutDigestIsStale() {
        LocalizedText text = Texts.of("指标");
        Translation translation = PlanFactory.eINSTANCE.createTranslation();
        translation.setLanguage("en");
        translation.setText("Indicator");
        text.getTranslations().add(translation);

        assertTrue(Texts.isStale(text, "en"));
    }

    @Test
    void missingTranslationIsNotStale() {
        LocalizedText text = Texts.of("牵头单位");

        assertEquals(TranslationState.MISSING, Texts.state(text, "en"));
        assertFalse(Texts.isStale(text, "en"));
        assertEquals(Optional.empty(), Texts.translation(text, "ru"));
    }

    @Test
    void translationIntoAnotherLanguage() {
        LocalizedText text = Texts.of("共建国家");
        Texts.setTranslation(text, "ru", "Страны-партнёры");

        assertEquals(Optional.of("Страны-партнёры"), Texts.translation(text, "ru"));
        assertEquals(Optional.empty(), Texts.en(text));
        assertEquals("Страны-партнёры", Texts.label(text, Locale.forLanguageTag("ru")));
    }

    @Test
    void absentTextReadsAsNoText() {
        assertEquals(Optional.empty(), Texts.zh(null));
        assertEquals(Optional.empty(), Texts.en(null));
        assertEquals(TranslationState.MISSING, Texts.state(null, "en"));
        assertFalse(Texts.isStale(null, "en"));
        assertEquals("", Texts.label(null, Locale.ENGLISH));
        assertEquals("", Texts.label(PlanFactory.eINSTANCE.createLocalizedText(), Locale.CHINESE));
    }

    @Test
    void labelPrefersTheLocalesLanguageAndFallsBack() {
        LocalizedText both = Texts.of("配合单位", "Supporting units");
        LocalizedText chineseOnly = Texts.of("征求意见稿");
        LocalizedText englishOnly = PlanFactory.eINSTANCE.createLocalizedText();
        Texts.setTranslation(englishOnly, "en", "Draft");

        assertEquals("Supporting units", Texts.label(both, Locale.ENGLISH));
        assertEquals("Supporting units", Texts.label(both, Locale.UK));
        assertEquals("配合单位", Texts.label(both, Locale.SIMPLIFIED_CHINESE));
        assertEquals("配合单位", Texts.label(both, Locale.ROOT));
        assertEquals("征求意见稿", Texts.label(chineseOnly, Locale.ENGLISH));
        assertEquals("Draft", Texts.label(englishOnly, Locale.CHINESE));
    }

    @Test
    void chineseIsTheMasterNotATranslation() {
        LocalizedText text = Texts.of("采纳");

        assertThrows(IllegalArgumentException.class, () -> Texts.setTranslation(text, "zh", "采纳"));
        assertEquals(Optional.of("采纳"), Texts.translation(text, "zh"));
    }

    @Test
    void translationMadeBeforeTheChineseBecomesStaleWhenChineseIsWritten() {
        LocalizedText text = PlanFactory.eINSTANCE.createLocalizedText();
        Texts.setTranslation(text, "en", "Principles");
        assertFalse(Texts.isStale(text, "en"));

        text.setZh("基本原则");

        assertTrue(Texts.isStale(text, "en"));
    }
}
