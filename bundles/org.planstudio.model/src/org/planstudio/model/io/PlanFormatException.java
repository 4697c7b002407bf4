package org.planstudio.model.io;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.ResourceBundle;

import org.planstudio.model.check.PlanProblem;

/** A .plan file that cannot be read as a plan; says which file, where (when known) and why. */
public final class PlanFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        NOT_FOUND, UNREADABLE, MALFORMED_XML, NOT_A_PLAN, INVALID_CONTENT,
        /** Larger, deeper or slower to read than {@link org.planstudio.model.check.PlanLimits} allows. */
        LIMIT_EXCEEDED,
        /** Read, but breaks the rules of {@link org.planstudio.model.check.PlanValidator}: see {@link #problems()}. */
        INVALID_PLAN
    }

    private final Problem problem;
    private final String file;
    private final int line;
    private final int column;
    private final String detail;
    private final List<PlanProblem> problems;

    public PlanFormatException(Problem problem, String file, int line, int column, String detail, Throwable cause) {
        this(problem, file, line, column, detail, List.of(), cause);
    }

    /** A file with the validator's problems, all of them up to the validator's limit. */
    public PlanFormatException(String file, List<PlanProblem> problems) {
        this(Problem.INVALID_PLAN, file, 0, 0, Integer.toString(problems.size()), problems, null);
    }

    private PlanFormatException(Problem problem, String file, int line, int column, String detail,
            List<PlanProblem> problems, Throwable cause) {
        super(cause);
        this.problems = List.copyOf(problems);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.detail = detail == null ? "" : detail;
    }

    public Problem problem() {
        return problem;
    }

    public String file() {
        return file;
    }

    /** 1-based; empty when the parser did not say. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    public OptionalInt column() {
        return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
    }

    /** What the validator found, in document order; empty unless {@link Problem#INVALID_PLAN}. */
    public List<PlanProblem> problems() {
        return problems;
    }

    /** The underlying reason as the parser or file system gave it (not translated). */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return message(Locale.ROOT);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }

    /** file:line:column: what is wrong: detail, in the locale's language (English or Chinese). */
    public String message(Locale locale) {
        // No fallback to the default locale: an English message must stay English on a Chinese desktop.
        ResourceBundle messages = ResourceBundle.getBundle(PlanFormatException.class.getPackageName() + ".messages",
                Objects.requireNonNull(locale, "locale"), PlanFormatException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder text = new StringBuilder(file);
        line().ifPresent(l -> text.append(':').append(l));
        column().ifPresent(c -> text.append(':').append(c));
        text.append(": ").append(MessageFormat.format(messages.getString(problem.name()), detail));
        for (PlanProblem each : problems) {
            text.append(System.lineSeparator()).append("  ").append(each.message(locale));
        }
        return text.toString();
    }
}
