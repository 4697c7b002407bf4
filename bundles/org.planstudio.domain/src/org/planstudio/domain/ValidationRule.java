package org.planstudio.domain;

import java.util.List;

import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.RegistryItem;

/**
 * A check a domain runs on its tasks and on the registry items that implement them. Rules read
 * the model and never change it. They run with a time limit; one that throws or overruns is
 * reported once and not run again until the workbench restarts.
 */
public interface ValidationRule {

    /** Unique within the domain, e.g. "health.ethics". */
    String id();

    default List<Problem> checkTask(KeyTask task) {
        return List.of();
    }

    default List<Problem> checkItem(RegistryItem item) {
        return List.of();
    }
}
