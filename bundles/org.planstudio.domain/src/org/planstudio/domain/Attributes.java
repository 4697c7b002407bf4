package org.planstudio.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.RegistryItem;

/** Reads domain attribute values stored on tasks and registry items (text, typed on demand). */
public final class Attributes {

    private Attributes() {
    }

    /** The stored values of a task or registry item; empty for anything else. */
    public static EList<AttributeValue> of(EObject owner) {
        Objects.requireNonNull(owner, "owner");
        if (owner instanceof KeyTask task) {
            return task.getAttributes();
        }
        if (owner instanceof RegistryItem item) {
            return item.getAttributes();
        }
        return ECollections.emptyEList();
    }

    public static boolean canHold(EObject owner) {
        return owner instanceof KeyTask || owner instanceof RegistryItem;
    }

    /** The value stored under key; blank values count as absent. */
    public static Optional<String> value(EObject owner, String key) {
        Objects.requireNonNull(key, "key");
        List<AttributeValue> values = of(owner);
        return values.stream().filter(v -> key.equals(v.getKey())).map(AttributeValue::getValue)
                .filter(v -> v != null && !v.isBlank()).findFirst();
    }

    public static Optional<Integer> integer(EObject owner, String key) {
        return value(owner, key).flatMap(v -> {
            try {
                return Optional.of(Integer.valueOf(v.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public static Optional<BigDecimal> decimal(EObject owner, String key) {
        return value(owner, key).flatMap(v -> {
            try {
                return Optional.of(new BigDecimal(v.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public static boolean isTrue(EObject owner, String key) {
        return value(owner, key).map(v -> Boolean.parseBoolean(v.strip())).orElse(false);
    }

    public static boolean is(EObject owner, String key, String expected) {
        return value(owner, key).map(expected::equals).orElse(false);
    }
}
