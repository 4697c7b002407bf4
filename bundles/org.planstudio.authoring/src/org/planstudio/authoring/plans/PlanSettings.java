package org.planstudio.authoring.plans;

import java.util.List;
import java.util.Objects;

import org.planstudio.model.plan.PlanStatus;

/**
 * What the person starting a plan says about it: id, titles, period, status and issuing
 * organisations. Texts are kept as typed (trimmed); {@link PlanSettingsCheck} says what is wrong.
 */
public record PlanSettings(String id, String titleZh, String titleEn, int startYear, int endYear,
        PlanStatus status, List<IssuerName> issuers) {

    /** An issuing organisation by name; a plan reuses its organisation of the same Chinese name. */
    public record IssuerName(String zh, String en) {

        public IssuerName {
            zh = Objects.requireNonNull(zh, "zh").strip();
            en = Objects.requireNonNull(en, "en").strip();
        }
    }

    public PlanSettings {
        id = Objects.requireNonNull(id, "id").strip();
        titleZh = Objects.requireNonNull(titleZh, "titleZh").strip();
        titleEn = Objects.requireNonNull(titleEn, "titleEn").strip();
        Objects.requireNonNull(status, "status");
        issuers = List.copyOf(issuers).stream().filter(name -> !name.zh().isEmpty()).toList();
    }
}
