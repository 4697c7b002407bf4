package org.planstudio.ui.domains;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.planstudio.domain.DomainRegistry;
import org.planstudio.domain.RegisteredDomain;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.ui.editor.form.FormContext;

/**
 * A task's task area, chosen from the installed task-area plug-ins (or none). A stored id whose
 * plug-in is not installed cannot be offered as a choice: it is shown read-only with a note, so
 * that nothing the user saved is changed by accident. Every choice is a command on the plan's stack.
 */
public final class DomainChoice {

    static final String DATA_KEY = DomainChoice.class.getName();

    private final FormContext context;
    private final KeyTask task;
    private final Composite area;
    private final List<String> ids = new ArrayList<>();
    private Combo combo;
    private Text missing;

    public DomainChoice(FormContext context, Composite parent, KeyTask task) {
        this.context = Objects.requireNonNull(context, "context");
        this.task = Objects.requireNonNull(task, "task");
        area = context.toolkit().createComposite(parent);
        area.setData(DATA_KEY, this);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
        build();
    }

    private static String stored(KeyTask task) {
        return task.getDomainId() == null || task.getDomainId().isBlank() ? "" : task.getDomainId();
    }

    private void build() {
        for (Control child : area.getChildren()) {
            child.dispose();
        }
        combo = null;
        missing = null;
        ids.clear();
        String current = stored(task);
        if (!current.isEmpty() && DomainRegistry.shared().find(current).isEmpty()) {
            missing = context.toolkit().createText(area, current, SWT.READ_ONLY | SWT.BORDER);
            GridDataFactory.swtDefaults().hint(160, SWT.DEFAULT).applyTo(missing);
            Label note = context.toolkit().createLabel(area, NLS.bind(Messages.Choice_notInstalled, current), SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(note);
        } else {
            combo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
            context.toolkit().adapt(combo, true, false);
            ids.add("");
            combo.add(Messages.Choice_none);
            Locale locale = Locale.getDefault();
            DomainRegistry.shared().domains().stream()
                    .sorted(Comparator.comparing((RegisteredDomain d) -> d.name().in(locale)))
                    .forEach(d -> {
                        ids.add(d.id());
                        combo.add(NLS.bind(Messages.Choice_entry, d.name().in(locale), d.id()));
                    });
            combo.select(Math.max(0, ids.indexOf(current)));
            GridDataFactory.swtDefaults().span(2, 1).applyTo(combo);
            combo.addListener(SWT.Selection, e -> choose(combo.getSelectionIndex()));
        }
        area.getParent().layout(true, true);
    }

    private void choose(int index) {
        if (index < 0 || index >= ids.size()) {
            return;
        }
        String chosen = ids.get(index);
        if (!chosen.equals(stored(task))) {
            context.execute(SetCommand.create(context.domain(), task, PlanPackage.Literals.KEY_TASK__DOMAIN_ID,
                    chosen.isEmpty() ? SetCommand.UNSET_VALUE : chosen));
        }
    }

    /** After undo, redo or a change elsewhere: the shown choice follows the model. */
    public void refresh() {
        if (area.isDisposed()) {
            return;
        }
        String current = stored(task);
        boolean installed = current.isEmpty() || DomainRegistry.shared().find(current).isPresent();
        if (installed && combo != null && ids.contains(current)) {
            combo.select(ids.indexOf(current));
        } else {
            build();
        }
    }

    /** The ids offered, "" standing for none; empty when the stored id's plug-in is missing. */
    public List<String> offered() {
        return List.copyOf(ids);
    }

    /** The labels shown in the choice, in the order of {@link #offered()}. */
    public List<String> labels() {
        return combo == null ? List.of() : List.of(combo.getItems());
    }

    /** The id the combo shows as chosen ("" for none); empty when the stored id's plug-in is missing. */
    public Optional<String> selected() {
        return combo == null || combo.getSelectionIndex() < 0 ? Optional.empty() : Optional.of(ids.get(combo.getSelectionIndex()));
    }

    /** The stored id shown read-only because its plug-in is missing. */
    public Optional<String> missingId() {
        return missing == null ? Optional.empty() : Optional.of(missing.getText());
    }

    /** Chooses the task area as a user does in the combo, for tests. */
    public void select(String id) {
        int index = ids.indexOf(id);
        if (combo == null || index < 0) {
            throw new IllegalArgumentException("not offered: " + id + " (offered: " + ids + ")");
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, null);
    }

    public static Optional<DomainChoice> find(Control root) {
        if (root.getData(DATA_KEY) instanceof DomainChoice choice) {
            return Optional.of(choice);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<DomainChoice> found = find(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
