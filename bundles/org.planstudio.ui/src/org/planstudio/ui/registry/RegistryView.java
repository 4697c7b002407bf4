package org.planstudio.ui.registry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.ui.editor.ActivePlanTracker;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.editor.permissions.ReadOnlyLine;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.tables.TableFactory;

/**
 * The plan's registries (platforms, joint projects, innovation entities, experts): one sortable,
 * searchable table per registry. Every edit, addition and deletion is an undoable command on the
 * plan editor's stack, so Ctrl+Z in the editor undoes a registry change too. The editor's
 * permissions decide which rows can be edited and whether items can be added, deleted or imported.
 */
public final class RegistryView extends ViewPart {

    public static final String ID = "org.planstudio.ui.registries";

    private final Map<RegistryKindUi, PlanTable<RegistryItem>> tables = new EnumMap<>(RegistryKindUi.class);
    private final List<Button> structureButtons = new ArrayList<>();
    private final Runnable permissionsChanged = this::permissionsChanged;
    private ReadOnlyLine readOnly;
    private Composite parent;
    private CTabFolder tabs;
    private Label message;
    private ActivePlanTracker tracker;

    @Override
    public void createPartControl(Composite composite) {
        parent = composite;
        GridLayoutFactory.fillDefaults().applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        readOnly = new ReadOnlyLine(parent, 1);
        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        tracker = new ActivePlanTracker(getSite().getPage(), this::show, this::refresh);
        tracker.start();
        EditorPermissions.addListener(permissionsChanged);
    }

    private void show(Optional<PlanEditor> editor) {
        for (CTabItem item : tabs.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        tables.clear();
        structureButtons.clear();
        message.setText(editor.isPresent() ? "" : Messages.Registry_noPlan);
        editor.ifPresent(this::build);
        permissionsChanged();
        parent.layout(true, true);
    }

    private void build(PlanEditor editor) {
        RegistryColumns columns = new RegistryColumns(editor.getPlan(), editor.getEditingDomain());
        for (RegistryKindUi kind : RegistryKindUi.values()) {
            Composite page = new Composite(tabs, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).applyTo(page);
            new Label(page, SWT.NONE).setText(Messages.Registry_search);
            Text search = new Text(page, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
            search.setMessage(Messages.Registry_searchHint);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
            Button add = new Button(page, SWT.PUSH);
            add.setText(Messages.Registry_add);
            Button delete = new Button(page, SWT.PUSH);
            delete.setText(Messages.Registry_delete);
            Button importFile = new Button(page, SWT.PUSH);
            importFile.setText(Messages.RegistryImport_button);
            importFile.addListener(SWT.Selection, e -> new RegistryImportAction(page.getShell(), editor, kind.kind).run());
            PlanTable<RegistryItem> table = TableFactory.create(page, columns.columns(), RegistryItem::getId,
                    command -> execute(editor, command), EditorPermissions::mayChange);
            table.selection().addSelectionChangedListener(e -> showReadOnlyLine());
            structureButtons.addAll(List.of(add, delete, importFile));
            GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table.natTable());
            search.addModifyListener(e -> table.search(search.getText()));
            add.addListener(SWT.Selection, e -> add(editor, kind));
            delete.addListener(SWT.Selection, e -> delete(editor, table));
            table.setRows(kind.items(editor.getPlan()));
            tables.put(kind, table);
            CTabItem tab = new CTabItem(tabs, SWT.NONE);
            tab.setText(kind.title);
            tab.setControl(page);
        }
        tabs.setSelection(0);
        getSite().setSelectionProvider(tables.get(RegistryKindUi.PLATFORMS).selection());
        tabs.addListener(SWT.Selection, e -> selectedKind().ifPresent(kind -> {
            getSite().setSelectionProvider(tables.get(kind).selection());
            showReadOnlyLine();
        }));
    }

    /** New permissions of the open plan: the buttons and the reason line follow; cells ask on each edit. */
    private void permissionsChanged() {
        if (tabs.isDisposed()) {
            return;
        }
        boolean structure = tracker.editor().map(e -> EditorPermissions.of(e.getPlan()).mayChangeStructure()).orElse(false);
        structureButtons.stream().filter(b -> !b.isDisposed()).forEach(b -> b.setEnabled(structure));
        showReadOnlyLine();
    }

    private void showReadOnlyLine() {
        Optional<RegistryItem> selected = selectedKind().map(tables::get)
                .flatMap(table -> ((IStructuredSelection) table.selection().getSelection()).toList().stream()
                        .filter(RegistryItem.class::isInstance).map(RegistryItem.class::cast).findFirst());
        readOnly.show(tracker.editor().map(PlanEditor::getPlan), selected);
    }

    /** The reason line as shown, empty when hidden (for tests). */
    Optional<String> readOnlyLine() {
        return readOnly.shown();
    }

    /** Whether Add, Delete and Import can be pressed (for tests). */
    boolean structureButtonsEnabled() {
        return !structureButtons.isEmpty() && structureButtons.stream().allMatch(Button::isEnabled);
    }

    private Optional<RegistryKindUi> selectedKind() {
        int index = tabs.getSelectionIndex();
        return index < 0 ? Optional.empty() : Optional.of(RegistryKindUi.values()[index]);
    }

    private void execute(PlanEditor editor, Command command) {
        if (command != null && command.canExecute()) {
            editor.getEditingDomain().getCommandStack().execute(command);
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(null);
        } else {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Registry_valueRefused);
        }
    }

    void add(PlanEditor editor, RegistryKindUi kind) {
        RegistryItem item = kind.create();
        item.setId(Ids.newId());
        item.setName(Texts.of(Messages.Registry_newItemZh, Messages.Registry_newItemEn));
        item.setStatus(ItemStatus.PLANNED);
        execute(editor, AddCommand.create(editor.getEditingDomain(), editor.getPlan(), kind.feature, item));
    }

    /** Deleting an item deletes the trace links that start or end at it, in one undoable step. */
    private void delete(PlanEditor editor, PlanTable<RegistryItem> table) {
        List<RegistryItem> selected = ((IStructuredSelection) table.selection().getSelection()).toList().stream()
                .filter(RegistryItem.class::isInstance).map(RegistryItem.class::cast).toList();
        if (selected.isEmpty()) {
            return;
        }
        Plan plan = editor.getPlan();
        List<TraceLink> links = new ArrayList<>();
        selected.forEach(item -> links.addAll(PlanQueries.linksTouching(plan, item)));
        CompoundCommand command = new CompoundCommand(Messages.Registry_delete);
        if (!links.isEmpty()) {
            command.append(RemoveCommand.create(editor.getEditingDomain(), plan, PlanPackage.Literals.PLAN__TRACE_LINKS, links));
        }
        for (RegistryKindUi kind : RegistryKindUi.values()) {
            List<RegistryItem> ofKind = selected.stream().filter(kind.items(plan)::contains).toList();
            if (!ofKind.isEmpty()) {
                command.append(RemoveCommand.create(editor.getEditingDomain(), plan, kind.feature, ofKind));
            }
        }
        execute(editor, command);
    }

    private void refresh() {
        tracker.editor().ifPresent(editor -> tables.forEach((kind, table) -> {
            table.setRows(kind.items(editor.getPlan()));
            table.refresh();
        }));
    }

    /** For tests and for the dashboard's "show the items behind this figure". */
    public Optional<PlanTable<RegistryItem>> table(String kindName) {
        return Optional.ofNullable(tables.get(RegistryKindUi.valueOf(kindName)));
    }

    @Override
    public void setFocus() {
        tabs.setFocus();
    }

    @Override
    public void dispose() {
        EditorPermissions.removeListener(permissionsChanged);
        tracker.stop();
        super.dispose();
    }
}
