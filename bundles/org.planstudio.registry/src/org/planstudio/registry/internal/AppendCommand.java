package org.planstudio.registry.internal;

import java.util.Collection;
import java.util.Collections;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * An {@link AddCommand} whose undo removes exactly the objects it added. AddCommand's own undo
 * removes the last n elements by position, which is wrong when it undoes a step that failed before
 * adding (the rollback of {@link ImportCommand}) or after the list changed underneath.
 */
final class AppendCommand extends AddCommand {

    AppendCommand(EditingDomain domain, EObject owner, EStructuralFeature feature, Collection<?> values) {
        super(domain, owner, feature, values);
    }

    @Override
    public void doUndo() {
        ownerList.removeAll(collection);
        affectedObjects = Collections.singleton(owner);
    }
}
