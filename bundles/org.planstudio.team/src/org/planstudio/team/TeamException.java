package org.planstudio.team;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.planstudio.team.internal.Messages;

/** An administration step failed; the message (English, or {@link #message(Locale)}) says what to do. */
public class TeamException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final Object[] arguments;

    public TeamException(String key, Object[] arguments, Throwable cause) {
        super(null, cause);
        this.key = Objects.requireNonNull(key, "key");
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray();
    }

    public TeamException(String key, Object... arguments) {
        this(key, arguments, null);
    }

    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return Messages.format(locale, key, arguments);
    }

    @Override
    public String getMessage() {
        return message(Locale.ROOT);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
