package org.planstudio.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.planstudio.model.io.PlanFormatException;
import org.planstudio.store.internal.Messages;

/**
 * A store operation failed. {@link #reason()} is for code; the message is for people and is
 * localised: {@link #getMessage()} is English (logs), {@link #getLocalizedMessage()} follows the
 * default locale (dialogs), {@link #message(Locale)} picks one.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** A {@code .plan} file (or stored content) is not a readable plan. */
        CORRUPT_FILE,
        /** Another process has the embedded database open. */
        DATABASE_LOCKED,
        /** The database was written by a newer Plan Studio. */
        NEWER_SCHEMA,
        /** Someone else saved since the revision the caller started from. */
        CONFLICT,
        NOT_FOUND,
        ALREADY_EXISTS,
        /** The plan cannot be stored as it is (missing or duplicate ids, dangling references). */
        INVALID_PLAN,
        IO,
        /** Any other database failure. */
        DATABASE,
        CLOSED,
        /** The database server refused the user name or password. */
        AUTHENTICATION,
        /** The database refused a change the user's role does not allow. */
        PERMISSION_DENIED
    }

    private final Reason reason;
    private final String messageKey;
    private final Object[] arguments;

    /**
     * @param messageKey a key of this bundle's {@code messages.properties}
     * @param arguments  its {@link java.text.MessageFormat} arguments: kept as strings, except a
     *                   {@link PlanFormatException}, which is rendered in the message's locale
     */
    public StoreException(Reason reason, String messageKey, Object[] arguments, Throwable cause) {
        super(null, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = Arrays.stream(arguments)
                .map(a -> a instanceof PlanFormatException ? a : String.valueOf(a))
                .toArray();
    }

    public StoreException(Reason reason, String messageKey, Object... arguments) {
        this(reason, messageKey, arguments, null);
    }

    public final Reason reason() {
        return reason;
    }

    public final String messageKey() {
        return messageKey;
    }

    public final String message(Locale locale) {
        Object[] localized = Arrays.stream(arguments)
                .map(a -> a instanceof PlanFormatException e ? e.message(locale) : a)
                .toArray();
        return Messages.format(locale, messageKey, localized);
    }

    @Override
    public final String getMessage() {
        return message(Locale.ROOT);
    }

    @Override
    public final String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
