package org.planstudio.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.io.ImportProblem;
import org.planstudio.registry.io.ImportProblem.Reason;
import org.planstudio.registry.io.RegistryColumn;

/**
 * Checks that need all rows: ids used by more than one row, and the participants of joint
 * projects, which may be entities of the plan or of the same file.
 */
public final class CrossRowChecks {

    private CrossRowChecks() {
    }

    public static List<RowOutcome> apply(List<RowOutcome> rows, PlanIndex plan) {
        Objects.requireNonNull(plan, "plan");
        return participants(duplicateIds(Objects.requireNonNull(rows, "rows")), plan);
    }

    // Every row of a duplicated id is bad: which one is right is for staff to decide, not the import.
    static List<RowOutcome> duplicateIds(List<RowOutcome> rows) {
        Map<String, List<RowOutcome>> byId = rows.stream().filter(r -> !r.id().isEmpty())
                .collect(Collectors.groupingBy(RowOutcome::id, LinkedHashMap::new, Collectors.toList()));
        List<RowOutcome> checked = new ArrayList<>();
        for (RowOutcome row : rows) {
            List<RowOutcome> same = row.id().isEmpty() ? List.of() : byId.get(row.id());
            if (same.size() > 1) {
                String others = same.stream().filter(r -> r != row).map(RowOutcome::reference)
                        .collect(Collectors.joining(", "));
                checked.add(row.with(problem(row, RegistryColumn.ID, row.id(), Reason.DUPLICATE_ID_IN_FILE, others)));
            } else {
                checked.add(row);
            }
        }
        return checked;
    }

    static List<RowOutcome> participants(List<RowOutcome> rows, PlanIndex plan) {
        List<RowOutcome> entities = rows.stream().filter(r -> r.kind().equals(Optional.of(RegistryKind.INNOVATION_ENTITY)))
                .toList();
        List<RowOutcome> checked = new ArrayList<>();
        for (RowOutcome row : rows) {
            if (!row.isGood() || row.participantRefs().isEmpty()) {
                checked.add(row);
                continue;
            }
            RowOutcome result = row;
            List<String> ids = new ArrayList<>();
            for (String ref : row.participantRefs()) {
                Optional<InnovationEntity> inPlan = plan.entity(ref);
                Optional<RowOutcome> inFile = entities.stream().filter(e -> names(e, ref)).findFirst();
                if (inPlan.isPresent()) {
                    ids.add(inPlan.get().getId());
                } else if (inFile.isPresent() && inFile.get().isGood()) {
                    ids.add(inFile.get().draft().orElseThrow().id());
                } else if (inFile.isPresent()) {
                    result = result.with(problem(row, RegistryColumn.PARTICIPANTS, ref, Reason.PARTICIPANT_NOT_IMPORTED,
                            inFile.get().reference()));
                } else {
                    result = result.with(problem(row, RegistryColumn.PARTICIPANTS, ref, Reason.UNKNOWN_PARTICIPANT));
                }
            }
            checked.add(result.isGood() ? result.with(result.draft().orElseThrow().withParticipantIds(ids)) : result);
        }
        return checked;
    }

    private static boolean names(RowOutcome entity, String ref) {
        return ref.equals(entity.id()) || Words.normalize(ref).equals(Words.normalize(entity.nameZh()));
    }

    private static ImportProblem problem(RowOutcome row, RegistryColumn column, String value, Reason reason,
            String... arguments) {
        return new ImportProblem(row.sheet(), row.row(), Optional.of(column), value, reason, List.of(arguments));
    }
}
