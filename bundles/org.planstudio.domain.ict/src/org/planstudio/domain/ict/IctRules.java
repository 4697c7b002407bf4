package org.planstudio.domain.ict;

import java.util.List;

import org.planstudio.domain.Attributes;
import org.planstudio.domain.Problem;
import org.planstudio.domain.ValidationRule;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.RegistryItem;

/** Checks for digital cooperation: data leaving the country and pilots without a place. */
final class IctRules {

    static final String FIELD = "techField";
    static final String PILOT_CITIES = "pilotCities";
    static final String PILOTS = "pilotCount";
    static final String DATA_ASSESSED = "dataExportAssessed";
    static final String DATA_EXPORT = "involvesDataExport";

    private IctRules() {
    }

    static List<ValidationRule> all() {
        return List.of(new DataAssessment(), new PilotCities(), new ItemDataExport());
    }

    /** Cross-border data work needs the security assessment for data export before it starts. */
    private static final class DataAssessment implements ValidationRule {
        @Override
        public String id() {
            return "ict.dataAssessment";
        }

        @Override
        public List<Problem> checkTask(KeyTask task) {
            return Attributes.is(task, FIELD, "CLOUD_DATA") && !Attributes.isTrue(task, DATA_ASSESSED)
                    ? List.of(Problem.warning(IctDomain.TEXTS.get("rule.dataAssessment")))
                    : List.of();
        }
    }

    /** Smart-city and 5G pilots happen somewhere: name the cities. */
    private static final class PilotCities implements ValidationRule {
        @Override
        public String id() {
            return "ict.pilotCities";
        }

        @Override
        public List<Problem> checkTask(KeyTask task) {
            boolean pilot = Attributes.is(task, FIELD, "SMART_CITY") || Attributes.integer(task, PILOTS).orElse(0) > 0;
            return pilot && Attributes.value(task, PILOT_CITIES).isEmpty()
                    ? List.of(Problem.warning(IctDomain.TEXTS.get("rule.pilotCities")))
                    : List.of();
        }
    }

    /** An item that sends data abroad must say to which partner countries. */
    private static final class ItemDataExport implements ValidationRule {
        @Override
        public String id() {
            return "ict.itemDataExport";
        }

        @Override
        public List<Problem> checkItem(RegistryItem item) {
            return Attributes.isTrue(item, DATA_EXPORT) && item.getPartnerCountries().isEmpty()
                    ? List.of(Problem.error(IctDomain.TEXTS.get("rule.itemDataExport")))
                    : List.of();
        }
    }
}
