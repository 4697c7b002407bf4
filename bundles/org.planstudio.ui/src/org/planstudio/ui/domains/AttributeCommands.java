package org.planstudio.ui.domains;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.domain.Attributes;
import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;

/**
 * Commands that change one domain attribute of a task or registry item, so that the change goes
 * through the plan's command stack (undo, redo, dirty marker) like every other edit. A blank value
 * removes the entry rather than storing an empty string.
 */
final class AttributeCommands {

    private AttributeCommands() {
    }

    /** The command that stores value under key; empty if nothing would change. */
    static Optional<Command> set(EditingDomain domain, EObject owner, String key, String value) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        String wanted = value == null ? "" : value.strip();
        Optional<AttributeValue> existing = Attributes.of(owner).stream().filter(v -> key.equals(v.getKey())).findFirst();
        if (existing.isPresent()) {
            AttributeValue stored = existing.get();
            if (wanted.equals(stored.getValue() == null ? "" : stored.getValue())) {
                return Optional.empty();
            }
            return Optional.of(wanted.isEmpty() ? RemoveCommand.create(domain, owner, feature(owner), stored)
                    : SetCommand.create(domain, stored, PlanPackage.Literals.ATTRIBUTE_VALUE__VALUE, wanted));
        }
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue added = PlanFactory.eINSTANCE.createAttributeValue();
        added.setKey(key);
        added.setValue(wanted);
        return Optional.of(AddCommand.create(domain, owner, feature(owner), added));
    }

    private static EReference feature(EObject owner) {
        return owner instanceof KeyTask ? PlanPackage.Literals.KEY_TASK__ATTRIBUTES
                : PlanPackage.Literals.REGISTRY_ITEM__ATTRIBUTES;
    }
}
