package org.planstudio.ui.editor.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.planstudio.model.plan.Plan;
import org.planstudio.store.PlanPermissions;
import org.planstudio.store.StoreException;
import org.planstudio.ui.internal.StoreAccess;

/**
 * What the signed-in user may change in each open plan ({@link PlanPermissions}, the rules the
 * database enforces), read from the store in a job when the editor opens; until it arrives and
 * for plans not stored yet, everything (embedded Derby: always everything). Parts that show or
 * change elements ask {@link #of}, and {@link #addListener} tells them when it changed. The jobs
 * are of the family {@code EditorPermissions.class}.
 */
public final class EditorPermissions {

    private static final Map<Plan, PlanPermissions> BY_PLAN = new WeakHashMap<>();
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private EditorPermissions() {
    }

    public static synchronized PlanPermissions of(Plan plan) {
        return BY_PLAN.getOrDefault(Objects.requireNonNull(plan, "plan"), PlanPermissions.everything());
    }

    /** The permissions of the plan {@code element} belongs to. */
    public static PlanPermissions ofElement(EObject element) {
        EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element);
        return root instanceof Plan plan ? of(plan) : PlanPermissions.everything();
    }

    /** Whether the user may change {@code element}: what the views' editable cells follow. */
    public static boolean mayChange(EObject element) {
        return ofElement(element).mayChange(element);
    }

    /** Why {@code element} is read-only for the user, in the workbench's language; empty if it is not. */
    public static Optional<String> refusal(EObject element) {
        return ofElement(element).refusal(element, Locale.getDefault());
    }

    /** Sets them (the job, and tests) and tells the listeners on the UI thread. */
    public static void set(Plan plan, PlanPermissions permissions) {
        synchronized (EditorPermissions.class) {
            BY_PLAN.put(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(permissions, "permissions"));
        }
        Display display = Display.getDefault();
        display.asyncExec(() -> new ArrayList<>(LISTENERS).forEach(Runnable::run));
    }

    public static void addListener(Runnable listener) {
        LISTENERS.add(Objects.requireNonNull(listener, "listener"));
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** Reads the plan's permissions from the store off the UI thread; a failure leaves the plan read-only. */
    public static Job load(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        Job job = new Job(Messages.Permissions_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    set(plan, StoreAccess.store().permissions(plan.getId()));
                    return Status.OK_STATUS;
                } catch (StoreException | RuntimeException e) {
                    set(plan, PlanPermissions.nothing());
                    return Status.warning(NLS.bind(Messages.Permissions_failed, plan.getId(), e.getLocalizedMessage()), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == EditorPermissions.class;
            }
        };
        job.setSystem(true);
        job.schedule();
        return job;
    }
}
