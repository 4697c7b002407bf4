package org.planstudio.ui.problems;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.planstudio.domain.DomainProblem;
import org.planstudio.trace.Gap;
import org.planstudio.trace.GapKind;
import org.planstudio.ui.internal.Messages;

/**
 * One line of Plan Problems, whichever check found it: the gap analysis of the traceability core
 * or a task-area plug-in's rules. Both kinds sit in one list, as the user reads them.
 */
public record PlanProblem(Level level, String kind, EObject element, String message, Optional<GapKind> gapKind) {

    public enum Level {
        ERROR, WARNING, INFO;

        String label() {
            return switch (this) {
            case ERROR -> Messages.Problems_error;
            case WARNING -> Messages.Problems_warning;
            case INFO -> Messages.Problems_info;
            };
        }
    }

    public PlanProblem {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(gapKind, "gapKind");
    }

    static PlanProblem of(Gap gap) {
        Locale locale = Locale.getDefault();
        Level level = switch (gap.severity()) {
        case ERROR -> Level.ERROR;
        case WARNING -> Level.WARNING;
        };
        return new PlanProblem(level, gap.kind().label(locale), gap.element(), gap.message(locale), Optional.of(gap.kind()));
    }

    static PlanProblem of(DomainProblem problem) {
        Level level = switch (problem.severity()) {
        case ERROR -> Level.ERROR;
        case WARNING -> Level.WARNING;
        case INFO -> Level.INFO;
        };
        return new PlanProblem(level, NLS.bind(Messages.Problems_domainCheck, problem.domainId()), problem.element(),
                problem.message().in(Locale.getDefault()), Optional.empty());
    }

    /** Stable across recomputations, so the selection stays on the same line. */
    String key() {
        return kind + "|" + System.identityHashCode(element) + "|" + message;
    }
}
