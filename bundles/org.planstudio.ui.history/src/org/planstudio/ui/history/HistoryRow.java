package org.planstudio.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.planstudio.store.FieldChange;

/** One line of the History view and of its export: a field change as the columns show it. */
public record HistoryRow(FieldChange change) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public HistoryRow {
        Objects.requireNonNull(change, "change");
    }

    public String id() {
        return Long.toString(change.id());
    }

    public String when() {
        return TIME.format(change.at());
    }

    public String who() {
        return change.actor();
    }

    public String element() {
        return change.elementLabel().equals(change.elementId()) ? change.elementId()
                : change.elementLabel() + " [" + change.elementId() + "]";
    }

    public String field() {
        return switch (change.kind()) {
            case CREATED -> Messages.Change_created;
            case DELETED -> Messages.Change_deleted;
            case CHANGED -> change.field();
        };
    }

    public String oldValue() {
        return change.oldValue().orElse("");
    }

    public String newValue() {
        return change.newValue().orElse("");
    }

    public int revision() {
        return change.revision();
    }

    /** The cells in column order (the view's and the spreadsheet's). */
    public List<Object> cells() {
        return List.of(when(), who(), element(), field(), oldValue(), newValue(), revision());
    }

    public static List<String> headers() {
        return List.of(Messages.Column_when, Messages.Column_who, Messages.Column_element, Messages.Column_field,
                Messages.Column_old, Messages.Column_new, Messages.Column_revision);
    }
}
