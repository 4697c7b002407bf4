package org.planstudio.ui.tables;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;

/**
 * One column of a Plan Studio table: its header, how a row shows in it and, for editable columns,
 * the EMF command that sets a typed value (so that every edit in every table can be undone).
 */
public record Column<T>(String id, String header, int width, Function<T, Object> value,
        Optional<BiFunction<T, String, Command>> editor) {

    public Column {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(editor, "editor");
    }

    public static <T> Column<T> readOnly(String id, String header, int width, Function<T, Object> value) {
        return new Column<>(id, header, width, value, Optional.empty());
    }

    public static <T> Column<T> editable(String id, String header, int width, Function<T, Object> value,
            BiFunction<T, String, Command> editor) {
        return new Column<>(id, header, width, value, Optional.of(editor));
    }

    /** The text shown and sorted on. */
    String text(T row) {
        Object shown = value.apply(row);
        return shown == null ? "" : shown.toString();
    }
}
