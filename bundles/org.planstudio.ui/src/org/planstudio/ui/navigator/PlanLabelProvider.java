package org.planstudio.ui.navigator;

import java.util.Objects;
import java.util.regex.Pattern;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.planstudio.edit.ui.ItemProviderLabelProvider;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.ui.domains.DomainImages;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;

/** Element names in the user's language, counts on headings and containers, item-provider icons. */
final class PlanLabelProvider extends LabelProvider {

    private static final Pattern GENERATED_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final ItemProviderLabelProvider icons;

    PlanLabelProvider(AdapterFactory adapterFactory) {
        this.icons = new ItemProviderLabelProvider(Objects.requireNonNull(adapterFactory));
    }

    @Override
    public String getText(Object element) {
        if (element instanceof NavigatorGroup group) {
            return withCount(Messages.group(group.kind()), group.count());
        }
        if (element instanceof TaskArea area) {
            return withCount(ModelLabels.element(area), area.getTasks().size());
        }
        if (element instanceof Goal goal) {
            return withCount(ModelLabels.element(goal), goal.getIndicators().size());
        }
        if (element instanceof Consultation consultation) {
            return withCount(ModelLabels.element(consultation), consultation.getComments().size());
        }
        return element instanceof EObject object ? unnamed(object, ModelLabels.element(object)) : String.valueOf(element);
    }

    /** An element made in the workbench and not named yet shows its kind, not its generated id. */
    private static String unnamed(EObject object, String label) {
        if (object instanceof Identified identified && identified.getId() != null && GENERATED_ID.matcher(identified.getId()).matches()
                && label.endsWith(identified.getId())) {
            return label.substring(0, label.length() - identified.getId().length()) + "<" + ModelLabels.type(object.eClass()) + ">";
        }
        return label;
    }

    private static String withCount(String text, int count) {
        return NLS.bind(Messages.Navigator_withCount, text, count);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof NavigatorGroup) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        if (element instanceof KeyTask task) {
            return DomainImages.forTask(task).orElseGet(() -> icons.getImage(element));
        }
        return icons.getImage(element);
    }

    @Override
    public void dispose() {
        icons.dispose();
        super.dispose();
    }
}
