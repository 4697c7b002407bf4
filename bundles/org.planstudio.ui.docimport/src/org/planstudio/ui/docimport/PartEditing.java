package org.planstudio.ui.docimport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.planstudio.docimport.ImportMapping;
import org.planstudio.docimport.MappedPart;
import org.planstudio.docimport.PartKind;

/** The preview's editable cells: a part's title, its kind, a task's area and units. Edits change the mapping only. */
final class PartEditing {

    private PartEditing() {
    }

    static EditingSupport title(TreeViewer viewer, Runnable changed) {
        return new EditingSupport(viewer) {
            private final CellEditor editor = new TextCellEditor(viewer.getTree());

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
                return ((MappedPart) element).title();
            }

            @Override
            protected void setValue(Object element, Object value) {
                String title = String.valueOf(value).strip();
                if (!title.isEmpty()) {
                    ((MappedPart) element).setTitle(title);
                    changed.run();
                }
            }
        };
    }

    static EditingSupport kind(TreeViewer viewer, Runnable changed) {
        PartKind[] kinds = PartKind.values();
        String[] labels = new String[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            labels[i] = kinds[i].label(Locale.getDefault());
        }
        return new EditingSupport(viewer) {
            private final CellEditor editor = new ComboBoxCellEditor(viewer.getTree(), labels, SWT.READ_ONLY);

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
                return ((MappedPart) element).kind().ordinal();
            }

            @Override
            protected void setValue(Object element, Object value) {
                int index = (Integer) value;
                if (index >= 0 && index < kinds.length) {
                    ((MappedPart) element).setKind(kinds[index]);
                    changed.run();
                }
            }
        };
    }

    static EditingSupport area(TreeViewer viewer, Supplier<Optional<ImportMapping>> mapping, Runnable changed) {
        return new EditingSupport(viewer) {
            private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTree(), new String[0], SWT.READ_ONLY);
            private List<MappedPart> areas = List.of();

            @Override
            protected CellEditor getCellEditor(Object element) {
                areas = mapping.get().map(m -> m.all(PartKind.TASK_AREA)).orElse(List.of());
                String[] labels = new String[areas.size() + 1];
                labels[0] = Messages.PreviewPage_noArea;
                for (int i = 0; i < areas.size(); i++) {
                    labels[i + 1] = areas.get(i).title();
                }
                editor.setItems(labels);
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return ((MappedPart) element).kind() == PartKind.TASK;
            }

            @Override
            protected Object getValue(Object element) {
                MappedPart task = (MappedPart) element;
                return mapping.get().flatMap(m -> m.areaOf(task)).map(area -> areas.indexOf(area) + 1).orElse(0);
            }

            @Override
            protected void setValue(Object element, Object value) {
                int index = (Integer) value;
                if (index >= 0 && index <= areas.size()) {
                    ((MappedPart) element).setArea(index == 0 ? null : areas.get(index - 1));
                    changed.run();
                }
            }
        };
    }

    /** A task's units as "lead、lead；supporting、supporting": what the document's 责任单位 said, as staff correct it. */
    static EditingSupport units(TreeViewer viewer, Runnable changed) {
        return new EditingSupport(viewer) {
            private final CellEditor editor = new TextCellEditor(viewer.getTree());

            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return ((MappedPart) element).kind() == PartKind.TASK;
            }

            @Override
            protected Object getValue(Object element) {
                MappedPart task = (MappedPart) element;
                String lead = String.join("\u3001", task.leadUnits());
                return task.supportingUnits().isEmpty() ? lead
                        : lead + "\uff1b" + String.join("\u3001", task.supportingUnits());
            }

            @Override
            protected void setValue(Object element, Object value) {
                String[] halves = String.valueOf(value).split("[\uff1b;]", 2);
                MappedPart task = (MappedPart) element;
                task.setLeadUnits(names(halves[0]));
                task.setSupportingUnits(halves.length > 1 ? names(halves[1]) : List.of());
                changed.run();
            }
        };
    }

    private static List<String> names(String list) {
        return java.util.Arrays.stream(list.split("[\u3001\uff0c,]")).map(String::strip).filter(n -> !n.isEmpty())
                .distinct().toList();
    }
}
