package org.planstudio.registry.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;

/** What an import looks up in the plan, read once: ids in use, organisations, tasks, entities. */
public final class PlanIndex {

    /** A lookup by name that found several elements. */
    public static final class Ambiguous extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private final Plan plan;
    private final Set<String> ids = new HashSet<>();
    private final List<KeyTask> tasks;

    public PlanIndex(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        if (plan.getId() != null) {
            ids.add(plan.getId());
        }
        for (TreeIterator<EObject> contents = plan.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Identified element && element.getId() != null) {
                ids.add(element.getId());
            }
        }
        this.tasks = PlanQueries.tasks(plan);
    }

    public Plan plan() {
        return plan;
    }

    public boolean usesId(String id) {
        return ids.contains(id);
    }

    /** By id, else by Chinese name, short name or English name. */
    public Optional<Organization> organization(String text) throws Ambiguous {
        Optional<Organization> byId = plan.getOrganizations().stream().filter(o -> text.equals(o.getId())).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        String word = Words.normalize(text);
        List<Organization> named = plan.getOrganizations().stream()
                .filter(o -> matches(word, Texts.zh(o.getName())) || matches(word, Optional.ofNullable(o.getShortName()))
                        || matches(word, Texts.en(o.getName())))
                .toList();
        if (named.size() > 1) {
            throw new Ambiguous();
        }
        return named.stream().findFirst();
    }

    /** By number ("3", "任务3") when exactly one task has it, else by id. */
    public Optional<KeyTask> task(String text) {
        OptionalInt number = Values.taskNumber(text);
        if (number.isPresent()) {
            List<KeyTask> numbered = tasks.stream().filter(t -> t.getNumber() == number.getAsInt()).toList();
            if (numbered.size() == 1) {
                return Optional.of(numbered.get(0));
            }
        }
        return tasks.stream().filter(t -> text.equals(t.getId())).findFirst();
    }

    /** The plan's innovation entity with this id or Chinese name. */
    public Optional<InnovationEntity> entity(String text) {
        String word = Words.normalize(text);
        return plan.getInnovationEntities().stream()
                .filter(e -> text.equals(e.getId()) || matches(word, Texts.zh(e.getName()))).findFirst();
    }

    private static boolean matches(String word, Optional<String> name) {
        return !word.isEmpty() && name.map(Words::normalize).filter(word::equals).isPresent();
    }
}
