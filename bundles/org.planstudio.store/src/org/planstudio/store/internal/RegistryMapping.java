package org.planstudio.store.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.store.StoreException;

/** Registry items to {@link ItemRow}s and back. */
public final class RegistryMapping {

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String FIELD = "field";

    private static final PlanPackage P = PlanPackage.eINSTANCE;

    /**
     * Every feature of every registry class that this mapping stores. A feature added to the model
     * and not added here would be lost silently on save, so a test compares this with the model.
     */
    public static final Map<EClass, Set<EStructuralFeature>> STORED_FEATURES = Map.of(
            P.getPlatform(), common(),
            P.getJointProject(), with(common(), P.getJointProject_Participants(), P.getJointProject_Budget()),
            P.getInnovationEntity(), with(common(), P.getInnovationEntity_CreditCode()),
            P.getExpert(), with(common(), P.getExpert_Affiliation(), P.getExpert_Field()));

    private RegistryMapping() {
    }

    private static Set<EStructuralFeature> common() {
        return Set.of(P.getIdentified_Id(), P.getRegistryItem_Name(), P.getRegistryItem_Type(),
                P.getRegistryItem_Status(), P.getRegistryItem_HostOrganization(),
                P.getRegistryItem_PartnerCountries(), P.getRegistryItem_StartDate(), P.getRegistryItem_EndDate(),
                P.getRegistryItem_Description(), P.getRegistryItem_Attributes());
    }

    private static Set<EStructuralFeature> with(Set<EStructuralFeature> base, EStructuralFeature... more) {
        Set<EStructuralFeature> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /** The containment list of {@code plan} that holds items of {@code kind}. */
    @SuppressWarnings("unchecked")
    static EList<RegistryItem> list(Plan plan, RegistryKind kind) {
        return (EList<RegistryItem>) (EList<?>) switch (kind) {
            case PLATFORM -> plan.getPlatforms();
            case JOINT_PROJECT -> plan.getJointProjects();
            case INNOVATION_ENTITY -> plan.getInnovationEntities();
            case EXPERT -> plan.getExperts();
        };
    }

    static ItemRow toRow(RegistryItem item, RegistryKind kind, int position, PlanScope scope) throws StoreException {
        Map<String, TextRow> texts = new LinkedHashMap<>();
        putText(texts, NAME, item.getName());
        putText(texts, DESCRIPTION, item.getDescription());
        List<String> countries = new ArrayList<>();
        for (Country country : item.getPartnerCountries()) {
            countries.add(scope.idOf(item, country));
        }
        List<String> participants = new ArrayList<>();
        String budget = null;
        String creditCode = null;
        String affiliation = null;
        if (item instanceof JointProject project) {
            for (InnovationEntity entity : project.getParticipants()) {
                participants.add(scope.idOf(item, entity));
            }
            budget = Optional.ofNullable(project.getBudget()).map(BigDecimal::toString).orElse(null);
        } else if (item instanceof InnovationEntity entity) {
            creditCode = entity.getCreditCode();
        } else if (item instanceof Expert expert) {
            affiliation = expert.getAffiliation();
            putText(texts, FIELD, expert.getField());
        }
        List<ItemRow.AttributeRow> attributes = item.getAttributes().stream()
                .map(a -> new ItemRow.AttributeRow(a.getKey(), a.getValue())).toList();
        return new ItemRow(item.getId(), kind, position, item.getType(), item.getStatus().getName(),
                scope.idOf(item, item.getHostOrganization()), instant(item.getStartDate()),
                instant(item.getEndDate()), budget, creditCode, affiliation, texts, countries, participants,
                attributes);
    }

    private static void putText(Map<String, TextRow> texts, String feature, LocalizedText text) {
        if (text != null) {
            texts.put(feature, TextRow.of(text));
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** A new item with the row's values; references are set later by {@link #resolve}. */
    static RegistryItem toItem(ItemRow row) {
        RegistryItem item = switch (row.kind()) {
            case PLATFORM -> PlanFactory.eINSTANCE.createPlatform();
            case JOINT_PROJECT -> PlanFactory.eINSTANCE.createJointProject();
            case INNOVATION_ENTITY -> PlanFactory.eINSTANCE.createInnovationEntity();
            case EXPERT -> PlanFactory.eINSTANCE.createExpert();
        };
        item.setId(row.id());
        item.setType(row.type());
        item.setStatus(row.status() == null ? ItemStatus.PLANNED : ItemStatus.getByName(row.status()));
        item.setStartDate(row.startDate() == null ? null : Date.from(row.startDate()));
        item.setEndDate(row.endDate() == null ? null : Date.from(row.endDate()));
        Optional.ofNullable(row.texts().get(NAME)).map(TextRow::toText).ifPresent(item::setName);
        Optional.ofNullable(row.texts().get(DESCRIPTION)).map(TextRow::toText).ifPresent(item::setDescription);
        for (ItemRow.AttributeRow attribute : row.attributes()) {
            AttributeValue value = PlanFactory.eINSTANCE.createAttributeValue();
            value.setKey(attribute.key());
            value.setValue(attribute.value());
            item.getAttributes().add(value);
        }
        if (item instanceof JointProject project) {
            project.setBudget(row.budget() == null ? null : new BigDecimal(row.budget()));
        } else if (item instanceof InnovationEntity entity) {
            entity.setCreditCode(row.creditCode());
        } else if (item instanceof Expert expert) {
            expert.setAffiliation(row.affiliation());
            Optional.ofNullable(row.texts().get(FIELD)).map(TextRow::toText).ifPresent(expert::setField);
        }
        return item;
    }

    /** Sets the item's references from the row's ids, looked up in the reassembled plan. */
    static void resolve(RegistryItem item, ItemRow row, ElementIndex index) throws StoreException {
        item.setHostOrganization(index.find(row.hostOrganizationId(), Organization.class));
        for (String id : row.partnerCountryIds()) {
            item.getPartnerCountries().add(index.find(id, Country.class));
        }
        if (item instanceof JointProject project) {
            for (String id : row.participantIds()) {
                project.getParticipants().add(index.find(id, InnovationEntity.class));
            }
        }
    }

    static Optional<RegistryKind> kindOf(EObject element) {
        if (element instanceof JointProject) {
            return Optional.of(RegistryKind.JOINT_PROJECT);
        } else if (element instanceof InnovationEntity) {
            return Optional.of(RegistryKind.INNOVATION_ENTITY);
        } else if (element instanceof Expert) {
            return Optional.of(RegistryKind.EXPERT);
        } else if (element instanceof Platform) {
            return Optional.of(RegistryKind.PLATFORM);
        }
        return Optional.empty();
    }
}
