package org.planstudio.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.ProgressUpdate;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.store.internal.Messages;

/**
 * What the signed-in user may change in one plan, by the rules PostgreSQL's row-level security
 * enforces (data format 6): a plan editor everything, a viewer nothing, a division editor the tasks
 * their division leads or supports, those tasks' progress updates, comments, and the registry items
 * that implement those tasks (and the IMPLEMENTS links to them). Ownership is computed from the
 * stored plan the permissions were made for, as the database computes it from the stored rows.
 * Embedded Derby is single-user: there everyone is a plan editor.
 */
public final class PlanPermissions {

    /** How much the user may change. */
    public enum Scope {
        EVERYTHING, DIVISION, NOTHING
    }

    private final Scope scope;
    private final Optional<String> division;
    private final String divisionName;
    private final Set<String> editable;
    private final Map<String, String> taskOfElement;
    private final Map<String, KeyTask> storedTasks;
    private final Set<String> storedItems;

    private PlanPermissions(Scope scope, Optional<String> division, String divisionName, Set<String> editable,
            Map<String, String> taskOfElement, Map<String, KeyTask> storedTasks, Set<String> storedItems) {
        this.scope = scope;
        this.division = division;
        this.divisionName = divisionName;
        this.editable = Set.copyOf(editable);
        this.taskOfElement = Map.copyOf(taskOfElement);
        this.storedTasks = Map.copyOf(storedTasks);
        this.storedItems = Set.copyOf(storedItems);
    }

    public static PlanPermissions everything() {
        return new PlanPermissions(Scope.EVERYTHING, Optional.empty(), "", Set.of(), Map.of(), Map.of(), Set.of());
    }

    public static PlanPermissions nothing() {
        return new PlanPermissions(Scope.NOTHING, Optional.empty(), "", Set.of(), Map.of(), Map.of(), Set.of());
    }

    /** A division editor of organisation {@code divisionId}, on {@code stored} (the plan as stored). */
    public static PlanPermissions division(Plan stored, String divisionId) {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(divisionId, "divisionId");
        Set<String> editable = new HashSet<>();
        Map<String, KeyTask> storedTasks = new HashMap<>();
        for (var area : stored.getTaskAreas()) {
            for (KeyTask task : area.getTasks()) {
                if (task.getId() != null) {
                    storedTasks.put(task.getId(), task);
                }
                if (ids(task.getLeadUnits()).contains(divisionId) || ids(task.getSupportingUnits()).contains(divisionId)) {
                    addId(editable, task);
                }
            }
        }
        Set<String> tasks = Set.copyOf(editable);
        Map<String, String> taskOf = new HashMap<>();
        for (ProgressUpdate update : stored.getProgressUpdates()) {
            if (update.getTask() != null && update.getId() != null && update.getTask().getId() != null) {
                taskOf.put(update.getId(), update.getTask().getId());
                if (tasks.contains(update.getTask().getId())) {
                    addWhole(editable, update);
                }
            }
        }
        stored.getConsultations().forEach(c -> c.getComments().forEach(comment -> addWhole(editable, comment)));
        for (TraceLink link : stored.getTraceLinks()) {
            if (link.getKind() == TraceKind.IMPLEMENTS && link.getSource() instanceof RegistryItem item
                    && link.getTarget() instanceof KeyTask task && tasks.contains(task.getId())) {
                addId(editable, item);
                addId(editable, link);
            }
        }
        String name = stored.getOrganizations().stream().filter(o -> divisionId.equals(o.getId())).findFirst()
                .flatMap(o -> Texts.zh(o.getName())).orElse(divisionId);
        Set<String> items = new HashSet<>();
        stored.eAllContents().forEachRemaining(e -> {
            if (e instanceof RegistryItem) {
                addId(items, e);
            }
        });
        return new PlanPermissions(Scope.DIVISION, Optional.of(divisionId), name, editable, taskOf, storedTasks, items);
    }

    private static void addWhole(Set<String> ids, EObject element) {
        addId(ids, element);
        element.eAllContents().forEachRemaining(e -> addId(ids, e));
    }

    public Scope scope() {
        return scope;
    }

    /** The organisation id of a division editor. */
    public Optional<String> division() {
        return division;
    }

    /** New elements, deleting, moving, pasting: only where the user may change everything. */
    public boolean mayChangeStructure() {
        return scope == Scope.EVERYTHING;
    }

    /**
     * Whether the user may change {@code element} (or the identified element it is part of). A new
     * element the stored plan does not have counts as the division's when it is a comment, a
     * progress update of one of its tasks or part of one, or a registry item implementing one of its tasks.
     */
    public boolean mayChange(EObject element) {
        return switch (scope) {
            case EVERYTHING -> true;
            case NOTHING -> false;
            case DIVISION -> owner(element).map(this::divisionMay).orElse(false);
        };
    }

    private boolean divisionMay(Identified owner) {
        if (editable.contains(owner.getId()) || owner instanceof Comment) {
            return true;
        }
        if (owner instanceof ProgressUpdate update) {
            return update.getTask() != null && editable.contains(update.getTask().getId())
                    && !taskOfElement.containsKey(update.getId());
        }
        // A new item counts as the division's once it implements one of the division's tasks.
        return owner instanceof RegistryItem item && !storedItems.contains(item.getId())
                && EcoreUtil.getRootContainer(item) instanceof Plan plan && plan.getTraceLinks().stream()
                        .anyMatch(l -> l.getKind() == TraceKind.IMPLEMENTS && l.getSource() == item
                                && l.getTarget() instanceof KeyTask task && editable.contains(task.getId()));
    }

    /** Why the user may not change {@code element}, in {@code locale}; empty if they may. */
    public Optional<String> refusal(EObject element, Locale locale) {
        return refusal(element).map(r -> Messages.format(locale, r.key(), r.arguments().toArray()));
    }

    /** A refusal as a message key of the store's texts and its arguments (names in Chinese, the master language). */
    public record Refusal(String key, List<Object> arguments) {
        public Refusal {
            arguments = List.copyOf(arguments);
        }
    }

    public Optional<Refusal> refusal(EObject element) {
        if (mayChange(element)) {
            return Optional.empty();
        }
        if (scope == Scope.NOTHING) {
            return Optional.of(new Refusal("permission.viewer", List.of()));
        }
        Optional<Identified> owner = owner(element);
        KeyTask task = owner.map(PlanPermissions::taskOf).map(t -> storedTasks.getOrDefault(t.getId(), t)).orElse(null);
        if (task != null) {
            String leads = task.getLeadUnits().stream().map(o -> Texts.zh(o.getName()).orElse(o.getId()))
                    .collect(Collectors.joining("\u3001"));
            return Optional.of(new Refusal(leads.isEmpty() ? "permission.taskNoLead" : "permission.task",
                    List.of(String.valueOf(task.getNumber()), leads, divisionName)));
        }
        if (owner.orElse(null) instanceof RegistryItem item) {
            return Optional.of(new Refusal("permission.item", List.of(item.getId(), divisionName)));
        }
        return Optional.of(new Refusal("permission.other", List.of(divisionName)));
    }

    private static KeyTask taskOf(Identified owner) {
        if (owner instanceof KeyTask task) {
            return task;
        }
        for (EObject e = owner; e != null; e = e.eContainer()) {
            if (e instanceof ProgressUpdate update) {
                return update.getTask();
            }
        }
        return null;
    }

    /** The innermost identified element that is a row of its own in the store (itself or a container). */
    private static Optional<Identified> owner(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof Identified identified && !(e instanceof Plan)) {
                return Optional.of(identified);
            }
        }
        return Optional.empty();
    }

    private static void addId(Set<String> ids, EObject element) {
        if (element instanceof Identified identified && identified.getId() != null) {
            ids.add(identified.getId());
        }
    }

    private static Set<String> ids(List<Organization> units) {
        return units.stream().map(Organization::getId).collect(Collectors.toSet());
    }
}
