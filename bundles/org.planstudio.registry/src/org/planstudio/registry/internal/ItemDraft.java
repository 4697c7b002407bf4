package org.planstudio.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.CountryName;

/**
 * A row that passed every check, as the values the new item gets. Empty strings stand for
 * "not given". {@code participantIds} are ids of innovation entities, in the plan or in the file.
 */
public record ItemDraft(RegistryKind kind, String id, String nameZh, String nameEn, String type, ItemStatus status,
        Optional<Organization> host, List<CountryName> countries, Optional<LocalDate> start, Optional<LocalDate> end,
        List<KeyTask> tasks, String description, Optional<BigDecimal> budget, List<String> participantIds,
        String creditCode, String affiliation, String field) {

    public ItemDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(host, "host");
        countries = List.copyOf(countries);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(budget, "budget");
        participantIds = List.copyOf(participantIds);
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(field, "field");
    }

    public ItemDraft withParticipantIds(List<String> resolved) {
        return new ItemDraft(kind, id, nameZh, nameEn, type, status, host, countries, start, end, tasks, description,
                budget, resolved, creditCode, affiliation, field);
    }
}
