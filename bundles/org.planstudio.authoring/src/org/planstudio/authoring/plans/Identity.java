package org.planstudio.authoring.plans;

import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;

/** The settings that name a plan, applied alike to a blank plan and to a copy. */
final class Identity {

    private Identity() {
    }

    static void apply(Plan plan, PlanSettings settings) {
        plan.setTitle(settings.titleEn().isEmpty() ? Texts.of(settings.titleZh())
                : Texts.of(settings.titleZh(), settings.titleEn()));
        plan.setStatus(settings.status());
        plan.setStartYear(settings.startYear());
        plan.setEndYear(settings.endYear());
        Issuers.apply(plan, settings.issuers());
    }
}
