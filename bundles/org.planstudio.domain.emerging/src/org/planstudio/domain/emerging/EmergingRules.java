package org.planstudio.domain.emerging;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.planstudio.domain.Attributes;
import org.planstudio.domain.Problem;
import org.planstudio.domain.ValidationRule;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.RegistryItem;

/** Checks for emerging fields: energy and green tasks state their carbon effect; TRL is 1 to 9. */
final class EmergingRules {

    static final String FIELD = "field";
    static final String CARBON = "carbonReductionKt";
    static final String TRL = "technologyReadinessLevel";

    private EmergingRules() {
    }

    static List<ValidationRule> all() {
        return List.of(new CarbonEffect(), new ReadinessLevel());
    }

    private static final class CarbonEffect implements ValidationRule {
        @Override
        public String id() {
            return "emerging.carbon";
        }

        @Override
        public List<Problem> checkTask(KeyTask task) {
            Optional<BigDecimal> carbon = Attributes.decimal(task, CARBON);
            if (carbon.isPresent() && carbon.get().signum() < 0) {
                return List.of(Problem.error(EmergingDomain.TEXTS.get("rule.carbonNegative")));
            }
            boolean green = Attributes.is(task, FIELD, "NEW_ENERGY") || Attributes.is(task, FIELD, "GREEN_LOW_CARBON");
            return green && carbon.isEmpty() ? List.of(Problem.warning(EmergingDomain.TEXTS.get("rule.carbonMissing")))
                    : List.of();
        }
    }

    private static final class ReadinessLevel implements ValidationRule {
        @Override
        public String id() {
            return "emerging.trl";
        }

        @Override
        public List<Problem> checkItem(RegistryItem item) {
            return Attributes.integer(item, TRL).filter(level -> level < 1 || level > 9).isPresent()
                    ? List.of(Problem.error(EmergingDomain.TEXTS.get("rule.trl")))
                    : List.of();
        }
    }
}
