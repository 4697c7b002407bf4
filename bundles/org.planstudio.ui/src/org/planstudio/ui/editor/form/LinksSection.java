package org.planstudio.ui.editor.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.links.LinkRule;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.trace.ChangeImpact;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;

/** The trace links that start or end at the element: what it serves and what serves it. */
final class LinksSection implements Field {

    private final FormContext context;
    private final Identified element;
    private final TableViewer viewer;

    LinksSection(FormContext context, Composite parent, Identified element) {
        this.context = Objects.requireNonNull(context);
        this.element = Objects.requireNonNull(element);
        Composite box = context.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
        Table table = context.toolkit().createTable(box, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 140).applyTo(table);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Links_relation, 220, link -> relation((TraceLink) link));
        column(Messages.Links_element, 420, link -> ModelLabels.element(other((TraceLink) link)));
        viewer.addDoubleClickListener(e -> selectedLinks().stream().findFirst()
                .ifPresent(link -> context.navigator().accept(other(link))));
        Composite buttons = context.toolkit().createComposite(box);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = context.toolkit().createButton(buttons, Messages.Links_add, SWT.PUSH);
        GridDataFactory.fillDefaults().applyTo(add);
        add.setEnabled(!LinkRule.from(element.eClass()).isEmpty());
        add.addListener(SWT.Selection, e -> addLinks());
        Button remove = context.toolkit().createButton(buttons, Messages.Links_remove, SWT.PUSH);
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.addListener(SWT.Selection, e -> removeLinks());
        Button review = context.toolkit().createButton(buttons, Messages.Links_review, SWT.PUSH);
        GridDataFactory.fillDefaults().applyTo(review);
        review.addListener(SWT.Selection, e -> reviewLinks());
        refresh();
    }

    private void column(String title, int width, java.util.function.Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object link) {
                return text.apply(link);
            }
        });
    }

    private EObject other(TraceLink link) {
        return link.getSource() == element ? link.getTarget() : link.getSource();
    }

    private String relation(TraceLink link) {
        String kind = ModelLabels.literal(PlanPackage.Literals.TRACE_KIND.getEEnumLiteral(link.getKind().getValue()));
        String text = link.getSource() == element ? kind : Messages.Links_incoming + kind;
        return link.isSuspect() ? text + " " + Messages.Links_suspect : text;
    }

    private List<TraceLink> selectedLinks() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        List<TraceLink> links = new ArrayList<>();
        selection.forEach(o -> links.add((TraceLink) o));
        return links;
    }

    private record Candidate(LinkRule rule, Identified target) {
    }

    private void addLinks() {
        List<Candidate> candidates = new ArrayList<>();
        List<TraceLink> existing = PlanQueries.linksTouching(context.plan(), element);
        for (LinkRule rule : LinkRule.from(element.eClass())) {
            for (EObject target : Candidates.of(context.plan(), rule.targetType())) {
                boolean linked = existing.stream().anyMatch(
                        l -> l.getKind() == rule.kind() && l.getSource() == element && l.getTarget() == target);
                if (target != element && !linked && !(target instanceof TraceLink)) {
                    candidates.add(new Candidate(rule, (Identified) target));
                }
            }
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(viewer.getControl().getShell(),
                new LabelProvider() {
                    @Override
                    public String getText(Object o) {
                        Candidate c = (Candidate) o;
                        return ModelLabels.literal(PlanPackage.Literals.TRACE_KIND.getEEnumLiteral(c.rule().kind().getValue()))
                                + " → " + ModelLabels.element(c.target());
                    }
                });
        dialog.setTitle(Messages.Links_addTitle);
        dialog.setMessage(Messages.Links_addMessage);
        dialog.setMultipleSelection(true);
        dialog.setElements(candidates.toArray());
        if (dialog.open() != Window.OK || dialog.getResult().length == 0) {
            return;
        }
        CompoundCommand command = new CompoundCommand(Messages.Links_add);
        for (Object chosen : dialog.getResult()) {
            Candidate c = (Candidate) chosen;
            command.append(AddCommand.create(context.domain(), context.plan(),
                    PlanPackage.Literals.PLAN__TRACE_LINKS, newLink(c.rule().kind(), c.target())));
        }
        context.execute(command);
    }

    private TraceLink newLink(TraceKind kind, Identified target) {
        TraceLink link = PlanFactory.eINSTANCE.createTraceLink();
        link.setId(Ids.newId());
        link.setKind(kind);
        link.setSource(element);
        link.setTarget(target);
        return link;
    }

    private void removeLinks() {
        List<TraceLink> links = selectedLinks();
        if (!links.isEmpty()) {
            context.execute(RemoveCommand.create(context.domain(), context.plan(),
                    PlanPackage.Literals.PLAN__TRACE_LINKS, links));
        }
    }

    /** Confirms that selected suspect links still hold after the change that put them under review. */
    private void reviewLinks() {
        CompoundCommand command = new CompoundCommand(Messages.Links_review);
        selectedLinks().stream().filter(TraceLink::isSuspect).forEach(link -> command.append(ChangeImpact.review(link)));
        if (!command.isEmpty()) {
            context.execute(command);
        }
    }

    @Override
    public void refresh() {
        if (!viewer.getControl().isDisposed()) {
            viewer.setInput(PlanQueries.linksTouching(context.plan(), element));
        }
    }
}
