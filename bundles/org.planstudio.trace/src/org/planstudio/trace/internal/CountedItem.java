package org.planstudio.trace.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.RegistryItem;

/**
 * One distinct item an indicator counts. When a registry lists the same id more than once, the
 * first matching entry stands for the item, and the tasks and partner countries of every
 * matching entry are merged into it, so the item is counted once everywhere.
 */
public final class CountedItem {

    private final RegistryItem item;
    private final LocalDate countsFrom;
    private final Set<KeyTask> tasks = new LinkedHashSet<>();
    private final Set<Country> countries = new LinkedHashSet<>();

    CountedItem(RegistryItem item, LocalDate countsFrom) {
        this.item = Objects.requireNonNull(item, "item");
        this.countsFrom = Objects.requireNonNull(countsFrom, "countsFrom");
    }

    public RegistryItem item() {
        return item;
    }

    public LocalDate countsFrom() {
        return countsFrom;
    }

    public int year() {
        return countsFrom.getYear();
    }

    public Set<KeyTask> tasks() {
        return tasks;
    }

    public Set<Country> countries() {
        return countries;
    }
}
