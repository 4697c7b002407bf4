package org.planstudio.model.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;

/**
 * One thing wrong with a plan from outside: where (the element's path in the plan, its id when
 * it has one, the line when the reader knows it), which field, which rule, and the limit or
 * value concerned.
 *
 * @param path  the element, as feature names and 1-based positions from the plan, for example
 *              {@code taskAreas[2]/tasks[1]}; empty for the plan itself
 * @param id    the element's id, or empty
 * @param field the attribute or reference, or empty
 * @param detail the limit, the offending value (shortened) or the reader's words
 */
public record PlanProblem(String path, String id, String field, Rule rule, String detail, int line, int column) {

    private static final int SHOWN_VALUE_CHARS = 80;

    public PlanProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    public Optional<String> elementId() {
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    public OptionalInt lineNumber() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** Long or odd values are shown shortened and with control characters escaped. */
    public static String shown(String value) {
        String text = value == null ? "" : value;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < SHOWN_VALUE_CHARS; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.length() < text.length() ? out + "…" : out.toString();
    }

    /** "line 12, taskAreas[1]/tasks[3] (id t3), deadline: the rule's words", in English or Chinese. */
    public String message(Locale locale) {
        ResourceBundle messages = ResourceBundle.getBundle(PlanProblem.class.getPackageName() + ".messages",
                Objects.requireNonNull(locale, "locale"), PlanProblem.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder text = new StringBuilder();
        if (line > 0) {
            text.append(MessageFormat.format(messages.getString("where.line"), line, column)).append(' ');
        }
        // A problem the reader found has a line instead of a path.
        if (!path.isEmpty() || line <= 0) {
            text.append(path.isEmpty() ? messages.getString("where.plan") : path);
        }
        if (!id.isEmpty()) {
            text.append(' ').append(MessageFormat.format(messages.getString("where.id"), id));
        }
        if (!field.isEmpty()) {
            text.append(path.isEmpty() && id.isEmpty() && line > 0 ? "" : ", ").append(field);
        }
        text.append(": ").append(MessageFormat.format(messages.getString(rule.name()), detail));
        return text.toString();
    }

    @Override
    public String toString() {
        return message(Locale.ROOT);
    }
}
