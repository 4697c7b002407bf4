package org.planstudio.model.edit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.provider.PlanItemProviderAdapterFactory;
import org.planstudio.model.text.ElementLabels;

/**
 * The adapter factory every view of a plan uses. The generated item providers label an element
 * by its type and id ("Key Task bj-bri-2024.task.04"); here label requests for plan elements are
 * answered with the names people read, in the user's language, without editing generated code.
 */
public final class PlanAdapterFactories {

    private PlanAdapterFactories() {
    }

    public static ComposedAdapterFactory create() {
        return new Labelled();
    }

    private static final class Labelled extends ComposedAdapterFactory {

        Labelled() {
            super(List.of(new ResourceItemProviderAdapterFactory(), new PlanItemProviderAdapterFactory(),
                    new ReflectiveItemProviderAdapterFactory()));
        }

        @Override
        public Object adapt(Object target, Object type) {
            Object adapter = super.adapt(target, type);
            if (type == IItemLabelProvider.class && adapter instanceof IItemLabelProvider labels
                    && target instanceof EObject element && element.eClass().getEPackage() == PlanPackage.eINSTANCE) {
                return new NamedLabels(labels);
            }
            return adapter;
        }
    }

    /** Keeps the item provider's icon, replaces its "Type id" text with the element's name. */
    private record NamedLabels(IItemLabelProvider generated) implements IItemLabelProvider {

        NamedLabels {
            Objects.requireNonNull(generated, "generated");
        }

        @Override
        public String getText(Object object) {
            return ElementLabels.text((EObject) object, Locale.getDefault());
        }

        @Override
        public Object getImage(Object object) {
            return generated.getImage(object);
        }
    }
}
