package org.planstudio.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.RegistryKind;
import org.planstudio.registry.io.ImportProblem;

/**
 * One row after checking: its draft when it is good, its problems when not. Keeps the id, kind
 * and name as written, which the checks across rows (duplicate ids, participants) need.
 */
public record RowOutcome(String sheet, int row, String id, Optional<RegistryKind> kind, String nameZh,
        List<String> participantRefs, Optional<ItemDraft> draft, List<ImportProblem> problems) {

    public RowOutcome {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameZh, "nameZh");
        participantRefs = List.copyOf(participantRefs);
        problems = List.copyOf(problems);
        draft = problems.isEmpty() ? Objects.requireNonNull(draft, "draft") : Optional.empty();
    }

    public boolean isGood() {
        return draft.isPresent();
    }

    /** The same row with one more problem, so no longer good. */
    public RowOutcome with(ImportProblem problem) {
        List<ImportProblem> more = new ArrayList<>(problems);
        more.add(problem);
        return new RowOutcome(sheet, row, id, kind, nameZh, participantRefs, Optional.empty(), more);
    }

    public RowOutcome with(ItemDraft replaced) {
        return new RowOutcome(sheet, row, id, kind, nameZh, participantRefs, Optional.of(replaced), problems);
    }

    /** "5" or "平台!5", how other rows' messages refer to this one. */
    public String reference() {
        return sheet.isEmpty() ? Integer.toString(row) : sheet + "!" + row;
    }
}
