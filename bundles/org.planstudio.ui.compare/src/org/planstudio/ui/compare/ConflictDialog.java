package org.planstudio.ui.compare;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.planstudio.merge.Conflict;
import org.planstudio.merge.Side;
import org.planstudio.ui.compare.internal.ConflictTexts;
import org.planstudio.ui.compare.internal.Messages;

/**
 * Lists the conflicts of a merge (element, field, base / mine / theirs) with a choice per conflict
 * and "all mine" / "all theirs". OK returns the choices ({@link #choices()}); Cancel leaves
 * everything to the caller, who keeps the user's edits. Every conflict starts at "mine": the user
 * asked to save their edits, and the other side's value stays in its revision either way.
 */
public final class ConflictDialog extends Dialog {

    /** Who saved the revision the edits were merged onto, for the header. */
    public record Theirs(String author, Instant savedAt, int revision, int baseRevision) {
        public Theirs {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(savedAt, "savedAt");
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final List<Conflict> conflicts;
    private final Theirs theirs;
    private final Map<String, Side> choices = new HashMap<>();
    private TableViewer viewer;

    public ConflictDialog(Shell parent, List<Conflict> conflicts, Theirs theirs) {
        super(parent);
        this.conflicts = List.copyOf(conflicts);
        this.theirs = Objects.requireNonNull(theirs, "theirs");
        this.conflicts.forEach(c -> choices.put(c.key(), Side.MINE));
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The side chosen for each conflict, by {@link Conflict#key()}. */
    public Map<String, Side> choices() {
        return Map.copyOf(choices);
    }

    public void chooseAll(Side side) {
        conflicts.forEach(c -> choices.put(c.key(), side));
        if (viewer != null) {
            viewer.refresh();
        }
    }

    public void choose(String key, Side side) {
        if (!choices.containsKey(key)) {
            throw new IllegalArgumentException("no such conflict: " + key);
        }
        choices.put(key, side);
        if (viewer != null) {
            viewer.refresh();
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label header = new Label(area, SWT.WRAP);
        header.setText(NLS.bind(Messages.header, new Object[] {theirs.author(), theirs.revision(),
                WHEN.format(theirs.savedAt().atZone(ZoneId.systemDefault())), theirs.baseRevision()}));
        GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(header);
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.colElement, 200, ConflictTexts::element);
        column(Messages.colField, 120, ConflictTexts::field);
        column(NLS.bind(Messages.colBase, theirs.baseRevision()), 170,
                c -> ConflictTexts.value(c, c.base(), false));
        column(Messages.colMine, 170, c -> ConflictTexts.value(c, c.mine(), true));
        column(NLS.bind(Messages.colTheirs, theirs.author(), theirs.revision()), 170,
                c -> ConflictTexts.value(c, c.theirs(), false));
        TableViewerColumn keep = column(Messages.colKeep, 110,
                c -> choices.get(c.key()) == Side.MINE ? Messages.keepMine : Messages.keepTheirs);
        keep.setEditingSupport(new KeepEditing());
        viewer.setInput(conflicts);
        GridDataFactory.fillDefaults().grab(true, true).hint(940, 260).applyTo(viewer.getControl());
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        allButton(buttons, Messages.allMine, Side.MINE);
        allButton(buttons, Messages.allTheirs, Side.THEIRS);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.save, true);
        // JFace ships no Chinese labels, so the dialog names its own Cancel.
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.cancel, false);
    }

    private void allButton(Composite parent, String text, Side side) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(side);
        button.addListener(SWT.Selection, e -> chooseAll(side));
    }

    private TableViewerColumn column(String title, int width, java.util.function.Function<Conflict, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Conflict) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply((Conflict) element);
            }
        });
        return column;
    }

    private final class KeepEditing extends EditingSupport {

        private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(),
                new String[] {Messages.keepMine, Messages.keepTheirs}, SWT.READ_ONLY);

        KeepEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return choices.get(((Conflict) element).key()) == Side.MINE ? 0 : 1;
        }

        @Override
        protected void setValue(Object element, Object value) {
            choices.put(((Conflict) element).key(), Integer.valueOf(0).equals(value) ? Side.MINE : Side.THEIRS);
            viewer.update(element, null);
        }
    }
}
