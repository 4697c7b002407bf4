package org.planstudio.ui.editor.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.ui.domains.DomainChoice;
import org.planstudio.ui.domains.DomainSection;
import org.planstudio.ui.editor.permissions.EditorPermissions;
import org.planstudio.ui.editor.permissions.ReadOnlyForm;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;

/**
 * The editor's body: every feature of the selected element as a field, built reflectively from
 * the model so that a new attribute in the Ecore shows up without UI work. Contained lists (tasks
 * of an area, indicators of a goal) are the navigator's business and are left out here.
 */
public final class DetailsForm {

    /** Long texts get a multi-line box. */
    private static final Set<String> LONG_TEXTS = Set.of("text", "guidingIdeology", "summary", "description", "reason",
            "rationale");

    private final FormContext context;
    private final ScrolledForm form;
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, Control> controls = new HashMap<>();
    private final EContentAdapter listener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                scheduleRefresh();
            }
        }
    };
    private EObject element;
    /** The task area the shown task had when the form was built: its section depends on it. */
    private String builtDomainId;
    private boolean refreshScheduled;

    public DetailsForm(FormContext context, ScrolledForm form) {
        this.context = Objects.requireNonNull(context);
        this.form = Objects.requireNonNull(form);
        GridLayoutFactory.fillDefaults().margins(10, 10).applyTo(form.getBody());
        context.plan().eAdapters().add(listener);
        Runnable permissionsChanged = () -> {
            if (!form.isDisposed() && element != null) {
                rebuild();
            }
        };
        EditorPermissions.addListener(permissionsChanged);
        form.addDisposeListener(e -> {
            context.plan().eAdapters().remove(listener);
            EditorPermissions.removeListener(permissionsChanged);
        });
    }

    public Optional<EObject> element() {
        return Optional.ofNullable(element);
    }

    public void show(EObject shown) {
        Objects.requireNonNull(shown, "shown");
        if (shown == element) {
            return;
        }
        element = shown;
        rebuild();
    }

    private void rebuild() {
        for (Control child : form.getBody().getChildren()) {
            child.dispose();
        }
        fields.clear();
        controls.clear();
        form.setText(heading());
        builtDomainId = element instanceof KeyTask task ? task.getDomainId() : null;
        Composite body = section(form.getBody(), Messages.Form_details);
        addFeatures(body, element, "");
        DomainSection.create(context, form.getBody(), element).ifPresent(refresh -> fields.add(refresh::run));
        FormSections.all().forEach(s -> s.create(context, form.getBody(), element).ifPresent(refresh -> fields.add(refresh::run)));
        if (element instanceof Identified identified && !(element instanceof org.planstudio.model.plan.Plan)) {
            Composite links = section(form.getBody(), Messages.Form_links);
            fields.add(new LinksSection(context, links, identified));
        }
        ReadOnlyForm.apply(form, context.toolkit(), element);
        form.reflow(true);
    }

    private String heading() {
        return NLS.bind(Messages.Form_heading, ModelLabels.type(element.eClass()), ModelLabels.element(element));
    }

    private Composite section(Composite parent, String title) {
        Section section = context.toolkit().createSection(parent, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        section.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = context.toolkit().createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(client);
        section.setClient(client);
        return client;
    }

    private void addFeatures(Composite body, EObject owner, String keyPrefix) {
        for (EStructuralFeature feature : owner.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()) {
                continue;
            }
            String key = keyPrefix + feature.getName();
            // Ids, and the id of the plan a copy came from, are facts to read, not to edit.
            if (feature == PlanPackage.Literals.IDENTIFIED__ID || feature == PlanPackage.Literals.PLAN__DERIVED_FROM_PLAN_ID) {
                label(body, feature, false);
                Text id = context.toolkit().createText(body, Objects.toString(owner.eGet(feature), ""), SWT.READ_ONLY);
                GridDataFactory.fillDefaults().grab(true, false).applyTo(id);
            } else if (feature instanceof EReference reference) {
                addReference(body, owner, reference, key);
            } else {
                addAttribute(body, owner, (EAttribute) feature, key);
            }
        }
    }

    private void addReference(Composite body, EObject owner, EReference reference, String key) {
        if (reference.getEReferenceType() == PlanPackage.Literals.LOCALIZED_TEXT) {
            boolean multiLine = LONG_TEXTS.contains(reference.getName());
            label(body, reference, multiLine);
            LocalizedTextField field = new LocalizedTextField(context, body, owner, reference, multiLine);
            controls.put(key + ".zh", field.chineseWidget());
            controls.put(key + ".en", field.englishWidget());
            fields.add(field);
        } else if (reference.isContainment()) {
            if (!reference.isMany() && owner.eGet(reference) instanceof EObject child) {
                // A single contained part (an indicator's counting rule) is edited in place.
                Label title = label(body, reference, false);
                title.setFont(form.getForm().getHead().getFont());
                context.toolkit().createLabel(body, "");
                addFeatures(body, child, key + ".");
            }
        } else if (reference.isMany()) {
            label(body, reference, false);
            fields.add(new ReferenceListField(context, body, owner, reference));
        } else {
            label(body, reference, false);
            fields.add(new ReferenceField(context, body, owner, reference));
        }
    }

    private void addAttribute(Composite body, EObject owner, EAttribute attribute, String key) {
        if (attribute.isMany()) {
            label(body, attribute, false);
            Text values = context.toolkit().createText(body, String.valueOf(owner.eGet(attribute)), SWT.READ_ONLY);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(values);
            return;
        }
        label(body, attribute, false);
        if (attribute == PlanPackage.Literals.KEY_TASK__DOMAIN_ID && owner instanceof KeyTask task) {
            fields.add(new DomainChoice(context, body, task)::refresh);
        } else if (attribute.getEAttributeType() instanceof EEnum) {
            fields.add(new EnumField(context, body, owner, attribute));
        } else if (attribute.getEAttributeType() == EcorePackage.Literals.EBOOLEAN) {
            fields.add(new BooleanField(context, body, owner, attribute));
        } else {
            ValueConverter converter = ValueConverter.forType(attribute.getEAttributeType()).orElse(ValueConverter.STRING);
            AttributeField field = new AttributeField(context, body, owner, attribute, converter);
            controls.put(key, field.widget());
            fields.add(field);
        }
    }

    private Label label(Composite body, EStructuralFeature feature, boolean top) {
        Label label = context.toolkit().createLabel(body, ModelLabels.feature(feature));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
        return label;
    }

    private void scheduleRefresh() {
        if (refreshScheduled || form.isDisposed()) {
            return;
        }
        refreshScheduled = true;
        form.getDisplay().asyncExec(() -> {
            refreshScheduled = false;
            if (form.isDisposed() || element == null) {
                return;
            }
            if (element != context.plan() && EcoreUtil.getRootContainer(element) != context.plan()) {
                // Removed by undo or a delete: fall back to the plan itself.
                element = null;
                show(context.plan());
                return;
            }
            if (element instanceof KeyTask task && !Objects.equals(task.getDomainId(), builtDomainId)) {
                // another task area brings other fields
                rebuild();
                return;
            }
            fields.forEach(Field::refresh);
            form.setText(heading());
        });
    }

    /** The widget of a field by its key ("title.zh", "number", "countingRule.registry"), for tests. */
    public Optional<Control> control(String key) {
        return Optional.ofNullable(controls.get(key));
    }
}
