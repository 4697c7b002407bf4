package org.planstudio.ui.editor.form;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.planstudio.model.plan.Plan;

/** What every field of the details form needs: the plan, its editing domain and the toolkit. */
public record FormContext(Plan plan, EditingDomain domain, FormToolkit toolkit, Consumer<Object> navigator) {

    public FormContext {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(toolkit, "toolkit");
        Objects.requireNonNull(navigator, "navigator");
    }

    /** Executes a command on the plan's command stack, so that it can be undone; false if it cannot run. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }
}
