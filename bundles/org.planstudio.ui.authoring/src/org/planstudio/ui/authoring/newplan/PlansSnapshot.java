package org.planstudio.ui.authoring.newplan;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.ui.progress.IProgressService;
import org.planstudio.authoring.plans.PlanSettingsCheck;
import org.planstudio.store.PlanInfo;
import org.planstudio.store.PlanStore;
import org.planstudio.store.StoreException;
import org.planstudio.ui.internal.StoreAccess;

/** The plans in the store when the wizard opens: the ones it can copy and the ids a new plan may not take. */
record PlansSnapshot(List<PlanInfo> live, Set<String> deletedIds) {

    PlansSnapshot {
        live = List.copyOf(live);
        deletedIds = Set.copyOf(deletedIds);
    }

    PlanSettingsCheck check() {
        return new PlanSettingsCheck(live.stream().map(PlanInfo::id).toList(), deletedIds);
    }

    /** Reads the store off the UI thread, with a busy cursor and, if it takes a while, a progress dialog. */
    static PlansSnapshot load(IProgressService progress) throws StoreException, InterruptedException {
        Objects.requireNonNull(progress, "progress");
        AtomicReference<PlansSnapshot> result = new AtomicReference<>();
        try {
            progress.busyCursorWhile(monitor -> {
                monitor.beginTask(Messages.Wizard_loading, 1);
                try {
                    PlanStore store = StoreAccess.store();
                    result.set(new PlansSnapshot(store.listPlans(), store.listDeletedPlans().stream()
                            .map(deleted -> deleted.plan().id()).collect(Collectors.toSet())));
                } catch (StoreException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof StoreException store) {
                throw store;
            }
            throw new IllegalStateException(e.getCause());
        }
        return result.get();
    }
}
