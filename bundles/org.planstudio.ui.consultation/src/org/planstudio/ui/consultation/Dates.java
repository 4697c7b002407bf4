package org.planstudio.ui.consultation;

import java.time.LocalDate;

import org.eclipse.swt.widgets.DateTime;

/** SWT's date widget counts months from 0. */
final class Dates {

    private Dates() {
    }

    static void set(DateTime widget, LocalDate day) {
        widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    static LocalDate get(DateTime widget) {
        return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
    }
}
