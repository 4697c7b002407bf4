package org.planstudio.domain;

import java.util.Objects;

/** What a validation rule found wrong with one task or registry item. */
public record Problem(Severity severity, Bilingual message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(Bilingual message) {
        return new Problem(Severity.ERROR, message);
    }

    public static Problem warning(Bilingual message) {
        return new Problem(Severity.WARNING, message);
    }
}
