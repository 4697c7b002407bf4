package org.planstudio.ui.docimport;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.planstudio.docimport.ImportMapping;
import org.planstudio.docimport.MappedPart;

/** The mapping's parts as a tree. */
final class PartContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof ImportMapping mapping ? mapping.parts().toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return ((MappedPart) parent).children().toArray();
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return !((MappedPart) element).children().isEmpty();
    }
}
