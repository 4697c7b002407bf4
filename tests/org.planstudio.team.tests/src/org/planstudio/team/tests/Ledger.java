package org.planstudio.team.tests;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;

/**
 * The campaign's bookkeeping: every edit with what its author was told. In every revision (and so
 * in the final plan), each field's value must be the one of the latest acknowledged edit of that
 * field saved in it or before, or the element must have been deleted by a later such edit.
 * An edit that is not acknowledged was reported to its author (conflict, refusal or error) and is
 * not looked for.
 */
final class Ledger {

    enum Outcome {
        /** Saved on the base the client had. */
        SAVED,
        /** Someone saved meanwhile; the store merged the edit onto the latest revision without a question. */
        MERGED,
        /** The merge found a conflict: nothing was written, the author was shown it. */
        CONFLICT,
        /** The store gave up after repeated lost races ({@code ConcurrentSaveException}): "reload and apply again". */
        REFUSED,
        /** Any other store error, shown to the author. */
        ERROR;

        boolean acknowledged() {
            return this == SAVED || this == MERGED;
        }
    }

    /**
     * @param values each touched field's value in the author's copy after the edit
     * @param unknown fields the merge dropped from this edit (reported to the author): not checked
     */
    record Edit(String client, int number, String kind, Map<String, Optional<String>> values, Outcome outcome,
            int revision, List<String> unknown, String note) {
    }

    record Check(int fields, int deleted, int unchecked, List<String> lost) {
    }

    private final List<Edit> edits = new ArrayList<>();

    synchronized void add(Edit edit) {
        edits.add(edit);
    }

    synchronized List<Edit> edits() {
        return List.copyOf(edits);
    }

    synchronized long count(Outcome outcome) {
        return edits.stream().filter(e -> e.outcome() == outcome).count();
    }

    /** Checks {@code plan}, the revision {@code revision}, against the acknowledged edits up to it. */
    synchronized Check check(Plan plan, int revision) {
        record Latest(int revision, Optional<Optional<String>> value, Edit edit) {
        }
        Map<String, Latest> latest = new HashMap<>();
        List<Edit> acknowledged = edits.stream().filter(e -> e.outcome().acknowledged() && e.revision() <= revision)
                .sorted(Comparator.comparingInt(Edit::revision)).toList();
        for (Edit edit : acknowledged) {
            edit.values().forEach((field, value) -> latest.put(field,
                    new Latest(edit.revision(), Optional.of(value), edit)));
            edit.unknown().forEach(field -> latest.put(field, new Latest(edit.revision(), Optional.empty(), edit)));
        }
        int deleted = 0;
        int unchecked = 0;
        List<String> lost = new ArrayList<>();
        Map<String, Identified> elements = CampaignPlan.index(plan);
        for (Map.Entry<String, Latest> entry : latest.entrySet()) {
            String field = entry.getKey();
            Latest expected = entry.getValue();
            if (expected.value().isEmpty()) {
                unchecked++;
                continue;
            }
            String element = field.substring(0, field.indexOf('#'));
            Latest removal = latest.get(element + "#" + CampaignPlan.EXISTS);
            boolean deletedLater = removal != null && removal.value().equals(Optional.of(Optional.of("no")))
                    && removal.revision() > expected.revision();
            if (!field.endsWith("#" + CampaignPlan.EXISTS) && deletedLater) {
                deleted++;
                continue;
            }
            Optional<String> actual = CampaignPlan.read(elements, field);
            if (!actual.equals(expected.value().get())) {
                Edit edit = expected.edit();
                lost.add("r" + revision + " " + field + ": " + edit.kind() + " " + edit.client() + "#"
                        + edit.number() + " acknowledged in r" + edit.revision() + " set "
                        + expected.value().get().orElse("(absent)") + ", the plan has " + actual.orElse("(absent)"));
            }
        }
        return new Check(latest.size(), deleted, unchecked, lost);
    }
}
