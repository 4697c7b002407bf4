package org.planstudio.domain.health;

import java.util.ArrayList;
import java.util.List;

import org.planstudio.domain.Attributes;
import org.planstudio.domain.Problem;
import org.planstudio.domain.ValidationRule;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.RegistryItem;

/** The health domain's checks: what a division's reviewer would otherwise catch by hand. */
final class HealthRules {

    static final String FORM = "cooperationForm";
    static final String PHASE = "clinicalTrialPhase";
    static final String ETHICS = "ethicsApproval";
    static final String PLANNED = "registrationsPlanned";
    static final String REGULATOR = "partnerRegulator";
    static final String CATEGORY = "productCategory";
    static final String REGISTRATION_NUMBER = "registrationNumber";

    private HealthRules() {
    }

    static List<ValidationRule> all() {
        return List.of(new EthicsApproval(), new RegistrationPlan(), new RegistrationNumber());
    }

    /** Clinical trials with human subjects need an ethics committee approval on record. */
    private static final class EthicsApproval implements ValidationRule {
        @Override
        public String id() {
            return "health.ethics";
        }

        @Override
        public List<Problem> checkTask(KeyTask task) {
            boolean trial = Attributes.value(task, PHASE).filter(phase -> !phase.equals("NONE")).isPresent();
            return trial && Attributes.value(task, ETHICS).isEmpty()
                    ? List.of(Problem.error(HealthDomain.TEXTS.get("rule.ethics")))
                    : List.of();
        }
    }

    /** A registration task says how many products and with which regulator. */
    private static final class RegistrationPlan implements ValidationRule {
        @Override
        public String id() {
            return "health.registration";
        }

        @Override
        public List<Problem> checkTask(KeyTask task) {
            if (!Attributes.is(task, FORM, "PRODUCT_REGISTRATION")) {
                return List.of();
            }
            List<Problem> problems = new ArrayList<>();
            if (Attributes.integer(task, PLANNED).orElse(0) < 1) {
                problems.add(Problem.warning(HealthDomain.TEXTS.get("rule.registrationsPlanned")));
            }
            if (Attributes.value(task, REGULATOR).isEmpty()) {
                problems.add(Problem.warning(HealthDomain.TEXTS.get("rule.regulator")));
            }
            return problems;
        }
    }

    /** A completed product registration has a certificate number. */
    private static final class RegistrationNumber implements ValidationRule {
        @Override
        public String id() {
            return "health.registrationNumber";
        }

        @Override
        public List<Problem> checkItem(RegistryItem item) {
            return Attributes.value(item, CATEGORY).isPresent() && item.getStatus() == ItemStatus.COMPLETED
                    && Attributes.value(item, REGISTRATION_NUMBER).isEmpty()
                            ? List.of(Problem.error(HealthDomain.TEXTS.get("rule.registrationNumber")))
                            : List.of();
        }
    }
}
