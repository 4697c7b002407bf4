package org.planstudio.trace;

import java.util.Locale;
import java.util.Objects;

import org.planstudio.trace.internal.Messages;

/** What a {@link Gap} is about, with the severity it is reported at. */
public enum GapKind {
    /** No key task (other than cancelled ones) contributes to the indicator. */
    INDICATOR_UNSERVED(Severity.ERROR),
    /** A key task (not cancelled) has no lead unit (牵头单位). */
    TASK_WITHOUT_LEAD(Severity.ERROR),
    /** A key task (not cancelled) contributes to no indicator. */
    TASK_SERVES_NO_INDICATOR(Severity.WARNING),
    SAFEGUARD_SUPPORTS_NOTHING(Severity.WARNING),
    /** A registry item (not cancelled) implements no key task, so no area or domain gets credit for it. */
    ITEM_IMPLEMENTS_NO_TASK(Severity.WARNING),
    /** At the current rate the indicator's target will not be reached by its target year. */
    TARGET_UNREACHABLE(Severity.WARNING),
    /** One end of the link changed after a baseline; someone must review the link. */
    SUSPECT_LINK(Severity.WARNING),
    /** The link joins kinds of element its kind does not allow, or an end is missing. */
    LINK_KIND_MISMATCH(Severity.ERROR);

    private final Severity severity;

    GapKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public String label(Locale locale) {
        return Messages.get(Objects.requireNonNull(locale, "locale"), "kind." + name());
    }
}
