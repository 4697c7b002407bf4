package org.planstudio.merge.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One independently mergeable value of an identified element: an attribute, an attribute of a
 * nested value object ({@code title.zh}), one keyed item of a nested list
 * ({@code title.translations[en]}) or a whole unkeyed nested list. Nested objects are reached
 * through single-valued containments ({@code prefix}) and created on write when missing.
 */
final class Slot {

    private final List<EReference> prefix;
    private final EAttribute attribute;
    private final EReference list;
    private final EAttribute key;
    private final String keyValue;
    private final String path;

    private Slot(List<EReference> prefix, EAttribute attribute, EReference list, EAttribute key, String keyValue) {
        this.prefix = List.copyOf(prefix);
        this.attribute = attribute;
        this.list = list;
        this.key = key;
        this.keyValue = keyValue;
        StringBuilder name = new StringBuilder();
        prefix.forEach(r -> name.append(r.getName()).append('.'));
        name.append(attribute != null ? attribute.getName() : list.getName());
        if (keyValue != null) {
            name.append('[').append(keyValue).append(']');
        }
        this.path = name.toString();
    }

    static Slot attribute(List<EReference> prefix, EAttribute attribute) {
        return new Slot(prefix, attribute, null, null, null);
    }

    static Slot item(List<EReference> prefix, EReference list, EAttribute key, String keyValue) {
        return new Slot(prefix, null, list, key, keyValue);
    }

    static Slot wholeList(List<EReference> prefix, EReference list) {
        return new Slot(prefix, null, list, null, null);
    }

    String path() {
        return path;
    }

    /** The value compared by the merge; null where the element, the nested object or the value is absent. */
    Object canonical(EObject element) {
        Optional<EObject> holder = holder(element);
        if (holder.isEmpty()) {
            return null;
        }
        if (attribute != null) {
            EObject h = holder.get();
            return h.eIsSet(attribute) ? Values.canonical(h.eGet(attribute)) : null;
        }
        if (key != null) {
            return item(holder.get()).map(Values::signature).orElse(null);
        }
        List<EObject> items = Model.objects(holder.get(), list);
        return items.isEmpty() ? null : items.stream().map(Values::signature).toList();
    }

    Optional<String> display(EObject element) {
        Optional<EObject> holder = holder(element);
        if (holder.isEmpty() || canonical(element) == null) {
            return Optional.empty();
        }
        if (attribute != null) {
            return Optional.of(Values.display(attribute, holder.get().eGet(attribute)));
        }
        if (key != null) {
            return item(holder.get()).map(Values::displayObject);
        }
        return Optional.of(String.join("; ",
                Model.objects(holder.get(), list).stream().map(Values::displayObject).toList()));
    }

    /** Makes this value of {@code target} what it is in {@code source} (which may lack it). */
    void copy(EObject source, EObject target) {
        Optional<EObject> from = holder(source);
        boolean present = canonical(source) != null;
        Optional<EObject> to = present ? Optional.of(holderCreating(target)) : holder(target);
        if (to.isEmpty()) {
            return;
        }
        EObject t = to.get();
        if (attribute != null) {
            if (present) {
                t.eSet(attribute, from.get().eGet(attribute));
            } else {
                t.eUnset(attribute);
            }
        } else if (key != null) {
            @SuppressWarnings("unchecked")
            List<EObject> items = (List<EObject>) t.eGet(list);
            int index = item(t).map(items::indexOf).orElse(-1);
            if (index >= 0) {
                items.remove(index);
            }
            if (present) {
                EObject copy = EcoreUtil.copy(item(from.get()).orElseThrow());
                items.add(index >= 0 ? index : Math.min(positionIn(from.get()), items.size()), copy);
            }
        } else if (!list.isMany()) {
            t.eSet(list, present ? EcoreUtil.copy((EObject) from.get().eGet(list)) : null);
        } else {
            @SuppressWarnings("unchecked")
            List<EObject> items = (List<EObject>) t.eGet(list);
            items.clear();
            if (present) {
                items.addAll(EcoreUtil.copyAll(Model.objects(from.get(), list)));
            }
        }
    }

    private int positionIn(EObject holder) {
        return Model.objects(holder, list).indexOf(item(holder).orElseThrow());
    }

    private Optional<EObject> item(EObject holder) {
        return Model.objects(holder, list).stream().filter(i -> keyValue.equals(i.eGet(key))).findFirst();
    }

    private Optional<EObject> holder(EObject element) {
        EObject current = element;
        for (EReference step : prefix) {
            if (current == null) {
                return Optional.empty();
            }
            current = (EObject) current.eGet(step);
        }
        return Optional.ofNullable(current);
    }

    private EObject holderCreating(EObject element) {
        EObject current = element;
        for (EReference step : prefix) {
            EObject next = (EObject) current.eGet(step);
            if (next == null) {
                next = EcoreUtil.create(step.getEReferenceType());
                current.eSet(step, next);
            }
            current = next;
        }
        return current;
    }
}
