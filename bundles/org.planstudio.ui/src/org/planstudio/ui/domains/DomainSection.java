package org.planstudio.ui.domains;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.planstudio.domain.AttributeDefinition;
import org.planstudio.domain.Attributes;
import org.planstudio.domain.DomainRegistry;
import org.planstudio.domain.DomainValidation;
import org.planstudio.domain.RegisteredDomain;
import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.ui.editor.form.FormContext;

/**
 * The editor's section for a task's (or registry item's) domain fields. With the domain's plug-in
 * installed the fields are editable and its templates and catalogue are offered; without it the
 * stored values are shown read-only and, since nothing here touches them, saved unchanged.
 */
public final class DomainSection {

    static final String DATA_KEY = DomainSection.class.getName();

    private final FormContext context;
    private final EObject owner;
    private final String domainId;
    private final Optional<RegisteredDomain> domain;
    private final List<DomainField> fields = new ArrayList<>();
    private final Map<String, Text> readOnly = new LinkedHashMap<>();
    private final Composite client;

    private DomainSection(FormContext context, Composite parent, EObject owner, String domainId,
            Optional<RegisteredDomain> domain, List<AttributeDefinition> definitions) {
        this.context = context;
        this.owner = owner;
        this.domainId = domainId;
        this.domain = domain;
        Section section = context.toolkit().createSection(parent, ExpandableComposite.TITLE_BAR | ExpandableComposite.EXPANDED);
        section.setText(domain.map(d -> NLS.bind(Messages.Section_title, d.name().in(Locale.getDefault())))
                .orElse(Messages.Section_titleNoIcon));
        section.setData(DATA_KEY, this);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        client = context.toolkit().createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(client);
        section.setClient(client);
        domain.flatMap(DomainImages::of).ifPresent(image -> {
            Label icon = context.toolkit().createLabel(section, "");
            icon.setImage(image);
            section.setTextClient(icon);
        });
        if (domain.isEmpty()) {
            Label note = context.toolkit().createLabel(client, NLS.bind(Messages.Section_notInstalled, domainId), SWT.WRAP);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(note);
        }
        for (AttributeDefinition definition : definitions) {
            label(definition.label().in(Locale.getDefault()));
            fields.add(new DomainField(context, client, owner, definition));
        }
        showUndefinedValues(definitions.stream().map(AttributeDefinition::key).collect(Collectors.toSet()));
        if (owner instanceof KeyTask task && domain.isPresent()) {
            addActions(task, domain.get());
        }
    }

    /**
     * The section for an element, if it has a domain: a task with a domain id, or a registry item
     * implementing such a task. Returns how to refresh it after model changes.
     */
    public static Optional<Runnable> create(FormContext context, Composite parent, EObject element) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(parent, "parent");
        DomainRegistry registry = DomainRegistry.shared();
        if (element instanceof KeyTask task && task.getDomainId() != null && !task.getDomainId().isBlank()) {
            Optional<RegisteredDomain> domain = registry.find(task.getDomainId());
            List<AttributeDefinition> definitions = domain.map(RegisteredDomain::taskAttributes).orElse(List.of());
            return Optional.of(new DomainSection(context, parent, task, task.getDomainId(), domain, definitions)::refresh);
        }
        if (element instanceof RegistryItem item) {
            Set<String> ids = DomainValidation.implementedDomains(context.plan(), item);
            if (ids.isEmpty() && item.getAttributes().isEmpty()) {
                return Optional.empty();
            }
            Optional<RegisteredDomain> domain = ids.stream().map(registry::find).flatMap(Optional::stream).findFirst();
            String domainId = ids.isEmpty() ? "?" : ids.iterator().next();
            List<AttributeDefinition> definitions = domain.map(RegisteredDomain::itemAttributes).orElse(List.of());
            return Optional.of(new DomainSection(context, parent, item, domainId, domain, definitions)::refresh);
        }
        return Optional.empty();
    }

    private void label(String text) {
        Label label = context.toolkit().createLabel(client, text);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
    }

    /** Values whose keys no installed definition knows (plug-in missing or older): shown, never edited. */
    private void showUndefinedValues(Set<String> defined) {
        List<AttributeValue> others = Attributes.of(owner).stream().filter(v -> !defined.contains(v.getKey())).toList();
        if (others.isEmpty()) {
            return;
        }
        if (!defined.isEmpty()) {
            Label heading = context.toolkit().createLabel(client, Messages.Section_otherValues);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
        }
        for (AttributeValue value : others) {
            label(value.getKey());
            Text text = context.toolkit().createText(client, Objects.toString(value.getValue(), ""), SWT.READ_ONLY);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
            readOnly.put(value.getKey(), text);
        }
    }

    private void addActions(KeyTask task, RegisteredDomain registered) {
        Composite buttons = context.toolkit().createComposite(client);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        Button template = context.toolkit().createButton(buttons, Messages.Section_applyTemplate, SWT.PUSH);
        template.setEnabled(!registered.templates().isEmpty());
        template.addListener(SWT.Selection, e -> new TemplateAction(context, task, registered).run(client.getShell()));
        Button indicator = context.toolkit().createButton(buttons, Messages.Section_addIndicator, SWT.PUSH);
        indicator.setEnabled(!registered.catalogue().isEmpty());
        indicator.addListener(SWT.Selection, e -> new CatalogueAction(context, task, registered).run(client.getShell()));
    }

    private void refresh() {
        fields.forEach(DomainField::refresh);
        for (Map.Entry<String, Text> entry : readOnly.entrySet()) {
            if (!entry.getValue().isDisposed()) {
                entry.getValue().setText(Attributes.value(owner, entry.getKey()).orElse(""));
            }
        }
    }

    /** Scrolls the editor so that the section is in view. */
    public void reveal() {
        // After the form has laid out the freshly built section.
        client.getDisplay().asyncExec(() -> {
            if (!client.isDisposed()) {
                FormToolkit.ensureVisible(client);
            }
        });
    }

    public boolean isInstalled() {
        return domain.isPresent();
    }

    public String domainId() {
        return domainId;
    }

    /** Key → value as the widgets show them, editable fields first. */
    public Map<String, String> shownValues() {
        Map<String, String> shown = new LinkedHashMap<>();
        fields.forEach(field -> shown.put(field.definition().key(), field.shown()));
        readOnly.forEach((key, text) -> shown.put(key, text.getText()));
        return shown;
    }

    public boolean isEditable(String key) {
        return fields.stream().anyMatch(field -> field.definition().key().equals(key));
    }

    /** Types a value into a field as a user would (tests and the smoke test). */
    public void enter(String key, String value) {
        fields.stream().filter(field -> field.definition().key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no editable field " + key)).enter(value);
    }

    /** The section shown in a widget tree, if any. */
    public static Optional<DomainSection> find(Control root) {
        if (root.getData(DATA_KEY) instanceof DomainSection section) {
            return Optional.of(section);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<DomainSection> found = find(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
