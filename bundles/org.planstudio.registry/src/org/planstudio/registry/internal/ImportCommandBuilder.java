package org.planstudio.registry.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.registry.CountryName;
import org.planstudio.registry.PlanCountries;
import org.planstudio.registry.RegistryKinds;

/**
 * Turns good rows into one {@link ImportCommand}: new countries, the items of each registry and
 * their IMPLEMENTS links. Building only creates detached objects; the plan changes when the
 * command executes, so a failure here leaves the plan as it was.
 */
public final class ImportCommandBuilder {

    /** Creates the empty item of a registry; a seam for tests that make building fail. */
    @FunctionalInterface
    public interface ItemFactory {
        RegistryItem create(RegistryKind kind);
    }

    public static final ItemFactory DEFAULT_FACTORY = kind -> (RegistryItem) PlanFactory.eINSTANCE
            .create(RegistryKinds.itemClass(kind));

    private final Plan plan;
    private final EditingDomain domain;
    private final ItemFactory factory;
    private final Map<String, Country> newCountries = new LinkedHashMap<>();

    /** @param domain the editor's editing domain, or null outside an editor */
    public ImportCommandBuilder(Plan plan, EditingDomain domain, ItemFactory factory) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.domain = domain != null ? domain : domainOf(plan);
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    // AddCommand asks its domain whether the plan's resource is read-only, so it needs one: the
    // plan's own when it is in an editor, otherwise a plain domain that finds nothing read-only.
    private static EditingDomain domainOf(Plan plan) {
        EditingDomain own = AdapterFactoryEditingDomain.getEditingDomainFor(plan);
        return own != null ? own : new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
    }

    public Command build(List<ItemDraft> drafts, String label, String description) {
        Objects.requireNonNull(drafts, "drafts");
        Map<RegistryKind, List<RegistryItem>> items = new EnumMap<>(RegistryKind.class);
        Map<String, RegistryItem> byId = new LinkedHashMap<>();
        List<TraceLink> links = new ArrayList<>();
        for (ItemDraft draft : drafts) {
            RegistryItem item = item(draft);
            items.computeIfAbsent(draft.kind(), k -> new ArrayList<>()).add(item);
            byId.put(draft.id(), item);
            for (KeyTask task : draft.tasks()) {
                links.add(implementsLink(item, task));
            }
        }
        // Participants last: they may be entities created by this same import.
        for (ItemDraft draft : drafts) {
            if (byId.get(draft.id()) instanceof JointProject project) {
                for (String id : draft.participantIds()) {
                    project.getParticipants().add(entity(id, byId));
                }
            }
        }
        List<Command> steps = new ArrayList<>();
        add(steps, PlanPackage.Literals.PLAN__COUNTRIES, newCountries.values());
        items.forEach((kind, created) -> add(steps, RegistryKinds.planFeature(kind), created));
        add(steps, PlanPackage.Literals.PLAN__TRACE_LINKS, links);
        return new ImportCommand(label, description, steps);
    }

    /** The countries the command adds, in the order the rows name them. */
    public List<Country> newCountries() {
        return List.copyOf(newCountries.values());
    }

    private RegistryItem item(ItemDraft draft) {
        RegistryItem item = factory.create(draft.kind());
        item.setId(draft.id());
        item.setName(draft.nameEn().isEmpty() ? Texts.of(draft.nameZh()) : Texts.of(draft.nameZh(), draft.nameEn()));
        item.setType(draft.type());
        item.setStatus(draft.status());
        draft.host().ifPresent(item::setHostOrganization);
        for (CountryName name : draft.countries()) {
            item.getPartnerCountries().add(country(name));
        }
        draft.start().map(PlanDates::toDate).ifPresent(item::setStartDate);
        draft.end().map(PlanDates::toDate).ifPresent(item::setEndDate);
        if (!draft.description().isEmpty()) {
            item.setDescription(Texts.of(draft.description()));
        }
        if (item instanceof JointProject project) {
            draft.budget().ifPresent(project::setBudget);
        } else if (item instanceof InnovationEntity entity && !draft.creditCode().isEmpty()) {
            entity.setCreditCode(draft.creditCode());
        } else if (item instanceof Expert expert) {
            if (!draft.affiliation().isEmpty()) {
                expert.setAffiliation(draft.affiliation());
            }
            if (!draft.field().isEmpty()) {
                expert.setField(Texts.of(draft.field()));
            }
        }
        return item;
    }

    private Country country(CountryName name) {
        return PlanCountries.find(plan, name.code())
                .orElseGet(() -> newCountries.computeIfAbsent(name.code(), code -> PlanCountries.create(plan, name)));
    }

    private InnovationEntity entity(String id, Map<String, RegistryItem> created) {
        if (created.get(id) instanceof InnovationEntity entity) {
            return entity;
        }
        return plan.getInnovationEntities().stream().filter(e -> id.equals(e.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("participant " + id + " was checked but is gone"));
    }

    private static TraceLink implementsLink(RegistryItem item, KeyTask task) {
        TraceLink link = PlanFactory.eINSTANCE.createTraceLink();
        link.setId(Ids.newId());
        link.setKind(TraceKind.IMPLEMENTS);
        link.setSource(item);
        link.setTarget(task);
        return link;
    }

    private void add(List<Command> steps, EReference feature, Collection<?> values) {
        if (!values.isEmpty()) {
            steps.add(new AppendCommand(domain, plan, feature, List.copyOf(values)));
        }
    }
}
