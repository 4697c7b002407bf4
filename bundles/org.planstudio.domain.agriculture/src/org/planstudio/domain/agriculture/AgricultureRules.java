package org.planstudio.domain.agriculture;

import java.math.BigDecimal;
import java.util.List;

import org.planstudio.domain.Attributes;
import org.planstudio.domain.Problem;
import org.planstudio.domain.ValidationRule;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.RegistryItem;

/** Checks for agricultural cooperation: bases have an area, introductions name crops, yields are plausible. */
final class AgricultureRules {

    static final String TYPE = "cooperationType";
    static final String AREA = "demonstrationAreaHa";
    static final String VARIETIES = "varietiesIntroduced";
    static final String TECHNICIANS = "techniciansTrained";
    static final String CROPS = "crops";
    static final String YIELD = "yieldIncreasePercent";

    /** Above this a yield increase is far more likely a typing error than a result. */
    private static final BigDecimal PLAUSIBLE_YIELD_INCREASE = BigDecimal.valueOf(300);

    private AgricultureRules() {
    }

    static List<ValidationRule> all() {
        return List.of(new BaseArea(), new VarietyCrops(), new PlausibleYield());
    }

    private static final class BaseArea implements ValidationRule {
        @Override
        public String id() {
            return "agriculture.area";
        }

        @Override
        public List<Problem> checkTask(KeyTask task) {
            return Attributes.is(task, TYPE, "DEMONSTRATION_BASE")
                    && Attributes.decimal(task, AREA).filter(area -> area.signum() > 0).isEmpty()
                            ? List.of(Problem.error(AgricultureDomain.TEXTS.get("rule.area")))
                            : List.of();
        }
    }

    private static final class VarietyCrops implements ValidationRule {
        @Override
        public String id() {
            return "agriculture.crops";
        }

        @Override
        public List<Problem> checkTask(KeyTask task) {
            boolean introduces = Attributes.is(task, TYPE, "VARIETY_INTRODUCTION")
                    || Attributes.integer(task, VARIETIES).orElse(0) > 0;
            return introduces && Attributes.value(task, CROPS).isEmpty()
                    ? List.of(Problem.warning(AgricultureDomain.TEXTS.get("rule.crops")))
                    : List.of();
        }
    }

    private static final class PlausibleYield implements ValidationRule {
        @Override
        public String id() {
            return "agriculture.yield";
        }

        @Override
        public List<Problem> checkItem(RegistryItem item) {
            return Attributes.decimal(item, YIELD).filter(y -> y.compareTo(PLAUSIBLE_YIELD_INCREASE) > 0).isPresent()
                    ? List.of(Problem.warning(AgricultureDomain.TEXTS.get("rule.yield")))
                    : List.of();
        }
    }
}
