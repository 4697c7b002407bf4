package org.planstudio.supervision;

import java.util.Locale;

import org.planstudio.supervision.internal.SupervisionTexts;

/** Why a task is flagged; {@link SupervisionRules#lights()} maps each to a light. */
public enum Flag {
    /** Past its deadline and not completed. */
    OVERDUE,
    /** Within the configured number of days of its deadline or of the period's report date. */
    DUE_SOON,
    /** Progress behind the linear expectation, or a contributing indicator behind its projection. */
    LAGGING,
    /** No update for the period after the period's report date. */
    UNREPORTED;

    public String label(Locale locale) {
        return SupervisionTexts.get(locale, "flag." + name());
    }
}
