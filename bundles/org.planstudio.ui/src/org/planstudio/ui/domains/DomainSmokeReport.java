package org.planstudio.ui.domains;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.planstudio.domain.DomainRegistry;
import org.planstudio.domain.RegisteredDomain;
import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.store.StoreException;
import org.planstudio.ui.editor.PlanEditor;
import org.planstudio.ui.internal.StoreAccess;
import org.planstudio.ui.navigator.PlanNavigatorView;

/**
 * What the product's --smoke-test run says about task areas, so that the build can test installing
 * and removing a domain plug-in end to end through the real workbench:
 * <ul>
 * <li>always: {@code domains=[…]} and any plug-in failures;</li>
 * <li>{@code --smoke-task N}: opens task N in the editor and prints its domain section;</li>
 * <li>{@code --smoke-set key=value} (repeatable): types values into that section's fields;</li>
 * <li>{@code --smoke-domains-view}: brings the Domains view to the front;</li>
 * <li>{@code --smoke-save}: changes the task's status, saves a revision, reloads it from the store
 * and prints the task's stored attributes.</li>
 * </ul>
 */
public final class DomainSmokeReport {

    static final String PREFIX = "PLANSTUDIO-SMOKE-TEST: ";

    private final IWorkbenchWindow window;
    private final List<String> args;

    private DomainSmokeReport(IWorkbenchWindow window, List<String> args) {
        this.window = window;
        this.args = args;
    }

    public static void run(IWorkbenchWindow window) {
        try {
            new DomainSmokeReport(window, Arrays.asList(Platform.getApplicationArgs())).report();
        } catch (RuntimeException e) {
            // The window-open line still follows; the domain lines the build expects will be missing.
            print("domain report failed: " + e);
            e.printStackTrace(System.out);
        }
    }

    private void report() {
        DomainRegistry registry = DomainRegistry.shared();
        print("domains=" + registry.domains().stream().map(RegisteredDomain::id).sorted().toList());
        registry.failures().forEach(f -> print("domain failure " + f.source() + ": " + f.message().en()));
        if (args.contains("--smoke-domains-view")) {
            try {
                if (window.getActivePage().showView(DomainsView.ID) instanceof DomainsView view) {
                    view.lines().forEach(line -> print("domains view: " + line));
                } else {
                    print("domains view failed to open");
                }
            } catch (PartInitException e) {
                print("domains view failed: " + e.getMessage());
            }
        }
        option("--smoke-task").map(Integer::valueOf).ifPresent(this::reportTask);
    }

    private void reportTask(int number) {
        if (!(window.getActivePage().getActiveEditor() instanceof PlanEditor editor)) {
            print("task " + number + ": no plan editor is open");
            return;
        }
        Optional<KeyTask> found = PlanQueries.tasks(editor.getPlan()).stream().filter(t -> t.getNumber() == number).findFirst();
        if (found.isEmpty()) {
            print("task " + number + ": not in the plan");
            return;
        }
        KeyTask task = found.get();
        if (window.getActivePage().findView(PlanNavigatorView.ID) instanceof PlanNavigatorView navigator) {
            navigator.reveal(task);
        }
        editor.show(task);
        Shell shell = window.getShell();
        Optional<DomainSection> section = DomainSection.find(shell);
        if (section.isEmpty()) {
            print("task " + number + " domain=" + task.getDomainId() + ": no domain section shown");
            return;
        }
        section.get().reveal();
        for (String assignment : values("--smoke-set")) {
            String[] parts = assignment.split("=", 2);
            section.get().enter(parts[0], parts.length > 1 ? parts[1] : "");
        }
        print("task " + number + " domain=" + section.get().domainId() + " installed=" + section.get().isInstalled()
                + " editable=" + section.get().shownValues().keySet().stream().filter(section.get()::isEditable).toList()
                + " shown=" + new TreeMap<>(section.get().shownValues()));
        if (args.contains("--smoke-save")) {
            saveAndReload(editor, task);
        }
    }

    private void saveAndReload(PlanEditor editor, KeyTask task) {
        // A real edit elsewhere on the task, so the save writes a new revision that must carry the values along.
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), task,
                PlanPackage.Literals.KEY_TASK__STATUS, task.getStatus() == TaskStatus.IN_PROGRESS
                        ? TaskStatus.NOT_STARTED
                        : TaskStatus.IN_PROGRESS));
        editor.saveAndWait();
        try {
            KeyTask reloaded = StoreAccess.store().loadLatest(editor.getPlan().getId()).flatMap(stored -> PlanQueries
                    .tasks(stored.plan()).stream().filter(t -> t.getId().equals(task.getId())).findFirst()).orElseThrow();
            print("saved revision " + editor.getBaseRevision() + " dirty=" + editor.isDirty() + " task "
                    + reloaded.getNumber() + " stored=" + attributes(reloaded.getAttributes()));
        } catch (StoreException e) {
            print("save check failed: " + e.getMessage());
        }
    }

    private static Map<String, String> attributes(List<AttributeValue> values) {
        return values.stream().collect(Collectors.toMap(AttributeValue::getKey, v -> String.valueOf(v.getValue()),
                (a, b) -> a, TreeMap::new));
    }

    private Optional<String> option(String name) {
        List<String> found = values(name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<String> values(String name) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals(name)) {
                found.add(args.get(i + 1));
            }
        }
        return found;
    }

    private static void print(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }
}
