package org.planstudio.trace;

import java.util.Locale;
import java.util.Objects;

import org.planstudio.trace.internal.Messages;

public enum Severity {
    /** The plan contradicts itself or leaves something without an owner; fix before it goes out. */
    ERROR,
    /** Worth a look; the plan can go out as it is. */
    WARNING;

    public String label(Locale locale) {
        return Messages.get(Objects.requireNonNull(locale, "locale"), "severity." + name());
    }
}
