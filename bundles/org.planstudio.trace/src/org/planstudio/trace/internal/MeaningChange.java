package org.planstudio.trace.internal;

import java.math.BigDecimal;
import java.util.HashSet;

import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.text.Texts;

/**
 * Whether an element changed in a way that puts the links at it in doubt. Only the Chinese
 * master text counts: a new translation does not change what a task asks for, and a counting
 * rule's description does not change what it counts.
 */
public final class MeaningChange {

    private MeaningChange() {
    }

    public static boolean changed(KeyTask before, KeyTask after) {
        return !zh(before.getTitle()).equals(zh(after.getTitle())) || !zh(before.getText()).equals(zh(after.getText()));
    }

    public static boolean changed(Indicator before, Indicator after) {
        return !sameNumber(before.getTarget(), after.getTarget()) || before.getTargetYear() != after.getTargetYear()
                || !sameRule(before.getCountingRule(), after.getCountingRule());
    }

    private static String zh(LocalizedText text) {
        return Texts.zh(text).orElse("");
    }

    // 100 and 100.0 are the same target.
    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    // Lists of types and statuses are sets: their order selects nothing.
    private static boolean sameRule(CountingRule a, CountingRule b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.getRegistry() == b.getRegistry() && a.isWithinPlanPeriod() == b.isWithinPlanPeriod()
                && new HashSet<>(a.getItemTypes()).equals(new HashSet<>(b.getItemTypes()))
                && new HashSet<>(a.getStatuses()).equals(new HashSet<>(b.getStatuses()));
    }
}
