package org.planstudio.ui.compare.view;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.planstudio.compare.Comparison;
import org.planstudio.compare.ElementChange;
import org.planstudio.compare.FieldChange;

/** The comparison as a tree: each changed element, under it each changed field. */
final class ChangeNodes implements ITreeContentProvider {

    /** A field row; it knows its element so that a double-click on it can go there. */
    record FieldNode(ElementChange element, FieldChange field) {
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Comparison comparison ? comparison.elements().toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof ElementChange element) {
            List<FieldNode> fields = element.fields().stream().map(f -> new FieldNode(element, f)).toList();
            return fields.toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof FieldNode field ? field.element() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof ElementChange change && !change.fields().isEmpty();
    }

    static ElementChange elementOf(Object node) {
        return node instanceof FieldNode field ? field.element() : (ElementChange) node;
    }
}
