package org.planstudio.ui.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.Safeguard;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.walk.PlanQueries;

/**
 * Tasks against the indicators they serve, the principles that guide them and the safeguards
 * that support them. A cell is a trace link of the kind its column implies; looking one up is a
 * hash lookup, so a thousand tasks by two hundred columns paint as fast as a small plan.
 */
final class MatrixModel {

    private record Key(TraceKind kind, Identified source, Identified target) {
    }

    private final Plan plan;
    private final List<KeyTask> rows;
    private final List<Identified> columns;
    private final Map<Key, TraceLink> links = new HashMap<>();
    private final Map<Identified, Integer> rowCoverage = new HashMap<>();
    private final Map<Identified, Integer> columnCoverage = new HashMap<>();

    MatrixModel(Plan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.rows = PlanQueries.tasks(plan);
        List<Identified> cols = new ArrayList<>();
        plan.getGoals().forEach(goal -> cols.addAll(goal.getIndicators()));
        cols.addAll(plan.getPrinciples());
        cols.addAll(plan.getSafeguards());
        this.columns = List.copyOf(cols);
        for (TraceLink link : plan.getTraceLinks()) {
            links.put(new Key(link.getKind(), link.getSource(), link.getTarget()), link);
        }
        for (KeyTask task : rows) {
            for (Identified column : columns) {
                if (link(task, column).isPresent()) {
                    rowCoverage.merge(task, 1, Integer::sum);
                    columnCoverage.merge(column, 1, Integer::sum);
                }
            }
        }
    }

    List<KeyTask> rows() {
        return rows;
    }

    List<Identified> columns() {
        return columns;
    }

    static TraceKind kindOf(Identified column) {
        if (column instanceof Principle) {
            return TraceKind.GUIDED_BY;
        }
        return column instanceof Safeguard ? TraceKind.SUPPORTS : TraceKind.CONTRIBUTES_TO;
    }

    Optional<TraceLink> link(KeyTask task, Identified column) {
        TraceKind kind = kindOf(column);
        Key key = kind == TraceKind.SUPPORTS ? new Key(kind, column, task) : new Key(kind, task, column);
        return Optional.ofNullable(links.get(key));
    }

    int rowCoverage(KeyTask task) {
        return rowCoverage.getOrDefault(task, 0);
    }

    int columnCoverage(Identified column) {
        return columnCoverage.getOrDefault(column, 0);
    }

    /** The command that adds the cell's link, or removes it if it exists. */
    Command toggle(EditingDomain domain, KeyTask task, Identified column) {
        Optional<TraceLink> existing = link(task, column);
        if (existing.isPresent()) {
            return RemoveCommand.create(domain, plan, PlanPackage.Literals.PLAN__TRACE_LINKS, existing.get());
        }
        TraceKind kind = kindOf(column);
        TraceLink link = PlanFactory.eINSTANCE.createTraceLink();
        link.setId(Ids.newId());
        link.setKind(kind);
        link.setSource(kind == TraceKind.SUPPORTS ? column : task);
        link.setTarget(kind == TraceKind.SUPPORTS ? task : column);
        return AddCommand.create(domain, plan, PlanPackage.Literals.PLAN__TRACE_LINKS, link);
    }
}
