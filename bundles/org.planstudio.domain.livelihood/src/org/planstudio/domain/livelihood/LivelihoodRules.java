package org.planstudio.domain.livelihood;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.planstudio.domain.Attributes;
import org.planstudio.domain.Problem;
import org.planstudio.domain.ValidationRule;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.TaskStatus;

/** Checks for livelihood tasks: training figures that add up, a local partner once work starts. */
final class LivelihoodRules {

    static final String SECTOR = "sector";
    static final String SESSIONS = "trainingSessions";
    static final String TRAINEES = "trainees";
    static final String LOCAL_PARTNER = "localPartner";

    private LivelihoodRules() {
    }

    static List<ValidationRule> all() {
        return List.of(new TrainingFigures(), new LocalPartner());
    }

    private static final class TrainingFigures implements ValidationRule {
        @Override
        public String id() {
            return "livelihood.training";
        }

        @Override
        public List<Problem> checkTask(KeyTask task) {
            List<Problem> problems = new ArrayList<>();
            Optional<Integer> sessions = Attributes.integer(task, SESSIONS);
            if (Attributes.is(task, SECTOR, "EDUCATION") && sessions.isEmpty()) {
                problems.add(Problem.warning(LivelihoodDomain.TEXTS.get("rule.sessionsMissing")));
            }
            if (sessions.orElse(0) > 0 && Attributes.integer(task, TRAINEES).orElse(0) < sessions.get()) {
                problems.add(Problem.warning(LivelihoodDomain.TEXTS.get("rule.traineesFewer")));
            }
            return problems;
        }
    }

    private static final class LocalPartner implements ValidationRule {
        @Override
        public String id() {
            return "livelihood.localPartner";
        }

        @Override
        public List<Problem> checkTask(KeyTask task) {
            boolean started = task.getStatus() == TaskStatus.IN_PROGRESS || task.getStatus() == TaskStatus.COMPLETED;
            return started && Attributes.value(task, LOCAL_PARTNER).isEmpty()
                    ? List.of(Problem.warning(LivelihoodDomain.TEXTS.get("rule.localPartner")))
                    : List.of();
        }
    }
}
