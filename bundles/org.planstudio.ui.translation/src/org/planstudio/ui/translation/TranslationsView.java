package org.planstudio.ui.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.text.TranslationState;
import org.planstudio.translation.PlanText;
import org.planstudio.translation.PlanTexts;
import org.planstudio.translation.TranslationCommands;
import org.planstudio.translation.TranslationFigure;
import org.planstudio.ui.editor.ActivePlanTracker;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.editor.permissions.ReadOnlyLine;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.tables.Column;
import org.planstudio.ui.tables.PlanTable;
import org.planstudio.ui.tables.TableFactory;

/**
 * The texts of the open plan whose English is missing or outdated (the Chinese changed after the
 * translation), with the figure "translated: n of m". The English is edited in place, each edit
 * a command on the plan editor's stack; double-click or Enter goes to the element. The English of
 * an element the user may not change (the editor's permissions) cannot be edited.
 */
public final class TranslationsView extends ViewPart {

    public static final String ID = "org.planstudio.ui.translation.view";

    /** Which texts the view lists. */
    public enum Filter {
        NEEDING, MISSING, OUTDATED, ALL;

        boolean accepts(TranslationState state) {
            return switch (this) {
                case NEEDING -> state != TranslationState.CURRENT;
                case MISSING -> state == TranslationState.MISSING;
                case OUTDATED -> state == TranslationState.STALE;
                case ALL -> true;
            };
        }
    }

    private Label figure;
    private Combo filterChoice;
    private PlanTable<PlanText> table;
    private ActivePlanTracker tracker;
    private Filter filter = Filter.NEEDING;
    private ReadOnlyLine readOnly;
    private final Runnable permissionsChanged = this::showReadOnlyLine;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).applyTo(parent);
        figure = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(figure);
        new Label(parent, SWT.NONE).setText(Messages.View_show);
        filterChoice = new Combo(parent, SWT.READ_ONLY);
        filterChoice.setItems(Messages.View_filterNeeding, Messages.View_filterMissing, Messages.View_filterOutdated,
                Messages.View_filterAll);
        filterChoice.select(0);
        filterChoice.addListener(SWT.Selection, e -> setFilter(Filter.values()[filterChoice.getSelectionIndex()]));
        new Label(parent, SWT.NONE).setText(Messages.View_search);
        Text search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(search);
        readOnly = new ReadOnlyLine(parent, 5);
        table = TableFactory.create(parent, columns(), PlanText::key, this::execute,
                text -> EditorPermissions.mayChange(text.element()));
        table.selection().addSelectionChangedListener(e -> showReadOnlyLine());
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table.natTable());
        search.addModifyListener(e -> table.search(search.getText()));
        table.onOpen(text -> tracker.editor().ifPresent(editor -> editor.reveal(text.element())));
        getSite().setSelectionProvider(table.selection());
        tracker = new ActivePlanTracker(getSite().getPage(), editor -> refresh(), this::refresh);
        tracker.start();
        EditorPermissions.addListener(permissionsChanged);
        ViewUndo.install(getViewSite().getActionBars(), tracker::editor);
    }

    private void showReadOnlyLine() {
        if (table.natTable().isDisposed()) {
            return;
        }
        Optional<PlanText> selected = ((IStructuredSelection) table.selection().getSelection()).toList().stream()
                .filter(PlanText.class::isInstance).map(PlanText.class::cast).findFirst();
        readOnly.show(tracker.editor().map(PlanEditor::getPlan), selected.map(PlanText::element));
    }

    private List<Column<PlanText>> columns() {
        return List.of(
                Column.readOnly("element", Messages.Column_element, 230,
                        t -> ModelLabels.type(t.element().eClass()) + " " + ModelLabels.element(t.element())),
                Column.readOnly("field", Messages.Column_field, 90, TranslationsView::fieldLabel),
                Column.readOnly("status", Messages.Column_status, 80, t -> stateLabel(t.state())),
                Column.readOnly("zh", Messages.Column_chinese, 340, PlanText::zh),
                Column.editable("en", Messages.Column_english, 340, t -> t.en().orElse(""), this::setEnglish));
    }

    private Command setEnglish(PlanText text, String english) {
        return TranslationCommands.setEnglish(tracker.editor().map(PlanEditor::getEditingDomain).orElse(null),
                text.text(), english.strip());
    }

    private void execute(Command command) {
        tracker.editor().ifPresent(editor -> editor.getEditingDomain().getCommandStack().execute(command));
    }

    static String stateLabel(TranslationState state) {
        return switch (state) {
            case MISSING -> Messages.State_MISSING;
            case STALE -> Messages.State_STALE;
            case CURRENT -> Messages.State_CURRENT;
        };
    }

    /** "标题", or "计数规则 › 说明" for a text inside an element's part. */
    static String fieldLabel(PlanText text) {
        List<String> labels = new ArrayList<>();
        EObject current = text.element();
        for (String segment : text.field().split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            EStructuralFeature feature = current == null ? null : current.eClass().getEStructuralFeature(name);
            if (feature == null) {
                return text.field();
            }
            labels.add(ModelLabels.feature(feature) + (bracket < 0 ? "" : segment.substring(bracket)));
            Object value = current.eGet(feature);
            current = value instanceof EObject child ? child : null;
        }
        return String.join(" \u203a ", labels);
    }

    private void refresh() {
        if (table.natTable().isDisposed()) {
            return;
        }
        Optional<Plan> plan = tracker.editor().map(PlanEditor::getPlan);
        List<PlanText> all = plan.map(PlanTexts::all).orElse(List.of());
        table.setRows(all.stream().filter(t -> filter.accepts(t.state())).toList());
        table.refresh();
        figure.setText(plan.map(p -> figureText(PlanTexts.figure(p))).orElse(Messages.View_noPlan));
        showReadOnlyLine();
        figure.getParent().layout();
    }

    static String figureText(TranslationFigure figure) {
        return NLS.bind(Messages.View_figure, new Object[] { figure.translated(), figure.total(), figure.percent() });
    }

    public void setFilter(Filter chosen) {
        filter = chosen;
        if (filterChoice.getSelectionIndex() != chosen.ordinal()) {
            filterChoice.select(chosen.ordinal());
        }
        refresh();
    }

    /** The rows shown now, in display order (for tests). */
    public List<PlanText> rows() {
        return table.visibleRows();
    }

    /** The figure as shown (for tests and screenshots). */
    public String figure() {
        return figure.getText();
    }

    /**
     * Types English into a row as an edit in the table does (for tests).
     *
     * @return false when the cell is not editable (the user may not change the element)
     */
    public boolean editEnglish(PlanText row, String english) {
        return table.edit(index(row), 4, english);
    }

    /** Whether the English cell of a row shown can be edited (for tests). */
    public boolean isEnglishEditable(PlanText row) {
        return table.isEditable(index(row), 4);
    }

    private int index(PlanText row) {
        int index = rows().indexOf(row);
        if (index < 0) {
            throw new IllegalArgumentException("not shown: " + row.key());
        }
        return index;
    }

    /** The reason line as shown, empty when hidden (for tests). */
    public Optional<String> readOnlyLine() {
        return readOnly.shown();
    }

    @Override
    public void setFocus() {
        table.natTable().setFocus();
    }

    @Override
    public void dispose() {
        EditorPermissions.removeListener(permissionsChanged);
        tracker.stop();
        super.dispose();
    }
}
