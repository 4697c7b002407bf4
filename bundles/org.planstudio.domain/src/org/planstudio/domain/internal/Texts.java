package org.planstudio.domain.internal;

import org.planstudio.domain.Bilingual;
import org.planstudio.domain.DomainTexts;

/** The API's own messages (failures and value checks), in both languages. */
public final class Texts {

    private static final DomainTexts TEXTS = DomainTexts.load(Texts.class, "messages");

    private Texts() {
    }

    public static Bilingual get(String key) {
        return TEXTS.get(key);
    }

    public static Bilingual format(String key, Object... arguments) {
        return TEXTS.format(key, arguments);
    }

    /** "while reading its templates": the what.* text of a contribution, in both languages, as arguments. */
    public static Bilingual failure(String key, String what, Object... more) {
        Bilingual part = get("what." + what);
        Object[] zh = withFirst(part.zh(), more);
        Object[] en = withFirst(part.en(), more);
        return new Bilingual(format(key, zh).zh(), format(key, en).en());
    }

    private static Object[] withFirst(Object first, Object[] more) {
        Object[] all = new Object[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }
}
