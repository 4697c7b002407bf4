package org.planstudio.domain;

import java.util.Objects;

/** A plug-in that failed: where it came from and what went wrong, for the Domains view and the log. */
public record DomainFailure(DomainSource source, Bilingual message) {

    public DomainFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }
}
