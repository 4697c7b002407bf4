package org.planstudio.domain.internal;

/** A call into a plug-in that threw or overran its time limit. */
public final class CallFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean timedOut;

    CallFailure(String message, Throwable cause, boolean timedOut) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }

    /** The plug-in's own message, or its exception's type when it gave none. */
    public String reason() {
        Throwable cause = getCause() == null ? this : getCause();
        return cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
    }
}
