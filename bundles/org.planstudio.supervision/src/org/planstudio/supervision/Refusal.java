package org.planstudio.supervision;

import java.util.Locale;

import org.planstudio.supervision.internal.SupervisionTexts;

/** A supervision step the rules do not allow; the message says why and what is allowed instead. */
public final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    Refusal(String key, Object... arguments) {
        super(key, null, false, false);
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return SupervisionTexts.get(locale, key, arguments);
    }

    @Override
    public String getMessage() {
        return message(Locale.getDefault());
    }
}
