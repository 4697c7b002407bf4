package org.planstudio.ui.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.planstudio.consultation.CommentCommands;
import org.planstudio.consultation.CommentFilter;
import org.planstudio.consultation.CommentQueries;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.PlanClock;
import org.planstudio.store.PlanPermissions;
import org.planstudio.ui.app.PlanStudioPerspective;
import org.planstudio.ui.editor.ActivePlanTracker;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.editor.permissions.ReadOnlyLine;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.tables.Column;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.tables.TableFactory;

/**
 * The consultation register: every comment of the current plan with its source, unit, date,
 * text, the elements it concerns and how it was handled; filters for pending comments, a source,
 * a unit and the element selected in the navigator. Disposition and reason are edited in the
 * table or through Decide…, each change one undoable command on the plan editor's stack.
 */
public final class RegisterView extends ViewPart {

    public static final String ID = "org.planstudio.ui.consultation.register";

    private final List<Consultation> sources = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    private Composite parent;
    private Label message;
    private Button pendingOnly;
    private Combo source;
    private Combo unit;
    private Button selectedOnly;
    private Label count;
    private PlanTable<Comment> table;
    private ReadOnlyLine readOnly;
    private Button add;
    private Button decide;
    private Button importForm;
    private final Runnable permissionsChanged = this::showPermissions;
    private ActivePlanTracker tracker;
    private Optional<Identified> navigatorElement = Optional.empty();
    private final ISelectionListener navigatorListener = this::navigatorSelectionChanged;

    @Override
    public void createPartControl(Composite composite) {
        parent = composite;
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(message);

        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        pendingOnly = new Button(filters, SWT.CHECK);
        pendingOnly.setText(Messages.Register_pendingOnly);
        new Label(filters, SWT.NONE).setText(Messages.Register_source);
        source = new Combo(filters, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(source);
        new Label(filters, SWT.NONE).setText(Messages.Register_unit);
        unit = new Combo(filters, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).applyTo(unit);
        selectedOnly = new Button(filters, SWT.CHECK);
        selectedOnly.setText(Messages.Register_selectedElement);

        Composite actions = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
        Text search = new Text(actions, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.Register_search);
        GridDataFactory.fillDefaults().hint(240, SWT.DEFAULT).applyTo(search);
        count = new Label(actions, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(count);
        add = new Button(actions, SWT.PUSH);
        add.setText(Messages.Register_add);
        decide = new Button(actions, SWT.PUSH);
        decide.setText(Messages.Register_decide);
        importForm = new Button(actions, SWT.PUSH);
        importForm.setText(Messages.Register_import);

        readOnly = new ReadOnlyLine(parent, 1);
        // A viewer reads the register; the cells follow the same rules as the database (comments).
        table = TableFactory.create(parent, columns(), Comment::getId, this::execute, EditorPermissions::mayChange);
        table.selection().addSelectionChangedListener(e -> showPermissions());
        EditorPermissions.addListener(permissionsChanged);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.natTable());
        table.onOpen(this::open);
        getSite().setSelectionProvider(table.selection());

        pendingOnly.addListener(SWT.Selection, e -> refresh());
        source.addListener(SWT.Selection, e -> refresh());
        unit.addListener(SWT.Selection, e -> refresh());
        selectedOnly.addListener(SWT.Selection, e -> refresh());
        search.addModifyListener(e -> table.search(search.getText()));
        add.addListener(SWT.Selection, e -> tracker.editor().ifPresent(
                editor -> AddCommentDialog.openFor(getSite().getShell(), editor, navigatorElement().stream().toList())));
        decide.addListener(SWT.Selection, e -> decideSelected());
        importForm.addListener(SWT.Selection,
                e -> tracker.editor().ifPresent(editor -> new ImportFormDialog(getSite().getShell(), editor).open()));

        getSite().getPage().addPostSelectionListener(PlanStudioPerspective.NAVIGATOR_VIEW_ID, navigatorListener);
        tracker = new ActivePlanTracker(getSite().getPage(), this::show, this::refresh);
        tracker.start();
    }

    private List<Column<Comment>> columns() {
        List<Column<Comment>> columns = new ArrayList<>();
        columns.add(Column.readOnly("source", Messages.Column_source, 170, Labels::source));
        columns.add(Column.readOnly("unit", Messages.Column_unit, 110, Labels::unit));
        columns.add(Column.readOnly("date", Messages.Column_date, 90, c -> Labels.date(c.getDate())));
        columns.add(Column.readOnly("text", Messages.Column_text, 360, Labels::text));
        columns.add(Column.readOnly("concerns", Messages.Column_concerns, 200, Labels::concerns));
        columns.add(Column.editable("disposition", Messages.Column_disposition, 80, c -> Labels.disposition(c.getDisposition()),
                (c, typed) -> tracker.editor().flatMap(editor -> Labels.parseDisposition(typed)
                        .map(d -> CommentCommands.setDisposition(editor.getEditingDomain(), c, d, StoreAccess.currentUser(),
                                PlanClock.today())))
                        .orElse(null)));
        columns.add(Column.editable("reason", Messages.Column_reason, 280, Labels::reason,
                (c, typed) -> tracker.editor().map(editor -> CommentCommands.setReason(editor.getEditingDomain(), c, typed))
                        .orElse(null)));
        columns.add(Column.readOnly("decidedBy", Messages.Column_decidedBy, 90,
                c -> c.getDecidedBy() == null ? "" : c.getDecidedBy()));
        return columns;
    }

    private void show(Optional<PlanEditor> editor) {
        message.setText(editor.isPresent() ? "" : Messages.Register_noPlan);
        ((org.eclipse.swt.layout.GridData) message.getLayoutData()).exclude = editor.isPresent();
        message.setVisible(editor.isEmpty());
        refresh();
        showPermissions();
        parent.layout(true, true);
    }

    private void showPermissions() {
        if (parent.isDisposed()) {
            return;
        }
        Optional<Plan> plan = tracker == null ? Optional.empty() : tracker.editor().map(PlanEditor::getPlan);
        boolean mayWrite = plan.map(p -> EditorPermissions.of(p).scope() != PlanPermissions.Scope.NOTHING).orElse(true);
        add.setEnabled(mayWrite);
        decide.setEnabled(mayWrite);
        importForm.setEnabled(mayWrite);
        Optional<Comment> selected = ((IStructuredSelection) table.selection().getSelection()).toList().stream()
                .filter(Comment.class::isInstance).map(Comment.class::cast).findFirst();
        readOnly.show(plan, selected);
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Optional<PlanEditor> editor = tracker == null ? Optional.empty() : tracker.editor();
        fillChoices(editor);
        if (editor.isEmpty()) {
            table.setRows(List.of());
            count.setText("");
            return;
        }
        List<Comment> all = CommentQueries.all(editor.get().getPlan());
        List<Comment> shown = CommentQueries.matching(editor.get().getPlan(), filter());
        table.setRows(shown);
        table.refresh();
        count.setText(NLS.bind(Messages.Register_count, shown.size(), all.size()));
        count.getParent().layout();
    }

    /** The filter the controls describe. */
    CommentFilter filter() {
        int s = source.getSelectionIndex();
        int u = unit.getSelectionIndex();
        return CommentFilter.ALL.pending(pendingOnly.getSelection())
                .from(s > 0 && s <= sources.size() ? Optional.of(sources.get(s - 1)) : Optional.empty())
                .by(u > 0 && u <= units.size() ? Optional.of(units.get(u - 1)) : Optional.empty())
                .about(selectedOnly.getSelection() ? navigatorElement() : Optional.empty());
    }

    // The navigator's selection now; the listener only keeps it for Add Comment while the navigator is closed.
    private Optional<Identified> navigatorElement() {
        ISelection current = getSite().getPage().getSelection(PlanStudioPerspective.NAVIGATOR_VIEW_ID);
        if (current instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Identified element) {
            navigatorElement = Optional.of(element);
        }
        return navigatorElement;
    }

    // Keeps the chosen source and unit while the lists follow the plan.
    private void fillChoices(Optional<PlanEditor> editor) {
        Optional<Consultation> chosenSource = source.getSelectionIndex() > 0 && source.getSelectionIndex() <= sources.size()
                ? Optional.of(sources.get(source.getSelectionIndex() - 1)) : Optional.empty();
        String chosenUnit = unit.getSelectionIndex() > 0 ? unit.getItem(unit.getSelectionIndex()) : null;
        sources.clear();
        units.clear();
        editor.ifPresent(e -> {
            sources.addAll(e.getPlan().getConsultations());
            units.addAll(CommentQueries.units(e.getPlan()));
        });
        List<String> sourceItems = new ArrayList<>(List.of(Messages.Register_all));
        sources.forEach(c -> sourceItems.add(Labels.source(c)));
        source.setItems(sourceItems.toArray(String[]::new));
        source.select(chosenSource.map(c -> sources.indexOf(c) + 1).orElse(0));
        List<String> unitItems = new ArrayList<>(List.of(Messages.Register_all));
        unitItems.addAll(units);
        unit.setItems(unitItems.toArray(String[]::new));
        unit.select(chosenUnit == null ? 0 : Math.max(0, unitItems.indexOf(chosenUnit)));
    }

    private void navigatorSelectionChanged(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Identified element) {
            navigatorElement = Optional.of(element);
            if (selectedOnly.getSelection()) {
                refresh();
            }
        }
    }

    private void execute(Command command) {
        var status = getViewSite().getActionBars().getStatusLineManager();
        Optional<PlanEditor> editor = tracker.editor();
        if (command != null && command.canExecute() && editor.isPresent()) {
            editor.get().getEditingDomain().getCommandStack().execute(command);
            status.setErrorMessage(null);
        } else {
            status.setErrorMessage(Messages.Register_refused);
        }
    }

    /** Double-click goes to the element the comment concerns (or the comment itself). */
    private void open(Comment comment) {
        tracker.editor().ifPresent(editor -> editor.reveal(
                comment.getConcerns().isEmpty() ? comment : comment.getConcerns().get(0)));
    }

    private void decideSelected() {
        List<?> selected = ((IStructuredSelection) table.selection().getSelection()).toList();
        Optional<PlanEditor> editor = tracker.editor();
        if (selected.size() != 1 || !(selected.get(0) instanceof Comment comment) || editor.isEmpty()) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Register_selectOne);
            return;
        }
        DecideDialog dialog = new DecideDialog(getSite().getShell(), comment);
        if (dialog.open() == Window.OK) {
            execute(CommentCommands.dispose(editor.get().getEditingDomain(), comment, dialog.decision()));
        }
    }

    // For tests: the controls a person uses.
    /** Whether Add, Decide and Import are offered (for tests). */
    boolean mayWrite() {
        return add.isEnabled() && decide.isEnabled() && importForm.isEnabled();
    }

    /** The read-only line shown, if any (for tests). */
    Optional<String> readOnlyReason() {
        return readOnly.shown();
    }

    PlanTable<Comment> table() {
        return table;
    }

    void setPendingOnly(boolean only) {
        pendingOnly.setSelection(only);
        refresh();
    }

    void selectSource(int index) {
        source.select(index);
        refresh();
    }

    void selectUnit(String name) {
        unit.select(Math.max(0, List.of(unit.getItems()).indexOf(name)));
        refresh();
    }

    void onlySelectedElement(boolean only) {
        selectedOnly.setSelection(only);
        refresh();
    }

    @Override
    public void setFocus() {
        table.natTable().setFocus();
    }

    @Override
    public void dispose() {
        EditorPermissions.removeListener(permissionsChanged);
        getSite().getPage().removePostSelectionListener(PlanStudioPerspective.NAVIGATOR_VIEW_ID, navigatorListener);
        if (tracker != null) {
            tracker.stop();
        }
        super.dispose();
    }
}
