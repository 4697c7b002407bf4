package org.planstudio.trace.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.RegistryKind;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/**
 * Fills a generated plan's registries: 30% platforms, 30% projects, 30% entities, 10% experts,
 * with types, weighted statuses, dates around the period and up to three partner countries.
 */
final class SyntheticRegistry {

    private static final PlanFactory F = PlanFactory.eINSTANCE;
    private static final String[] PLATFORM_TYPES = { "joint-lab", "tech-transfer-center", "innovation-base", "incubator" };
    private static final String[] PROJECT_TYPES = { "joint-rd", "demonstration", "training" };
    private static final String[] ENTITY_TYPES = { "enterprise", "university", "institute" };
    private static final String[] EXPERT_TYPES = { "academician", "senior", "young" };
    private static final ItemStatus[] STATUS_WEIGHTS = { ItemStatus.ACTIVE, ItemStatus.ACTIVE, ItemStatus.ACTIVE,
        ItemStatus.ACTIVE, ItemStatus.COMPLETED, ItemStatus.COMPLETED, ItemStatus.PLANNED, ItemStatus.SUSPENDED,
        ItemStatus.CANCELLED, ItemStatus.ACTIVE };

    private final Plan plan;
    private final Random random;

    SyntheticRegistry(Plan plan, Random random) {
        this.plan = plan;
        this.random = random;
    }

    List<RegistryItem> fill(int items) {
        List<RegistryItem> result = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            int roll = i % 10;
            RegistryKind kind = roll < 3 ? RegistryKind.PLATFORM : roll < 6 ? RegistryKind.JOINT_PROJECT
                    : roll < 9 ? RegistryKind.INNOVATION_ENTITY : RegistryKind.EXPERT;
            RegistryItem item = switch (kind) {
                case PLATFORM -> F.createPlatform();
                case JOINT_PROJECT -> F.createJointProject();
                case INNOVATION_ENTITY -> F.createInnovationEntity();
                case EXPERT -> F.createExpert();
            };
            String name = kind.getLiteral().toLowerCase(Locale.ROOT);
            item.setId(String.format("%s.%s.%06d", plan.getId(), name, i));
            item.setName(Texts.of("条目 " + i, name + " " + i));
            item.setType(pick(switch (kind) {
                case PLATFORM -> PLATFORM_TYPES;
                case JOINT_PROJECT -> PROJECT_TYPES;
                case INNOVATION_ENTITY -> ENTITY_TYPES;
                case EXPERT -> EXPERT_TYPES;
            }));
            item.setStatus(pick(STATUS_WEIGHTS));
            item.setHostOrganization(plan.getOrganizations().get(4 + random.nextInt(8)));
            dates(item);
            for (int c = random.nextInt(4); c > 0; c--) {
                Country country = plan.getCountries().get(random.nextInt(plan.getCountries().size()));
                if (!item.getPartnerCountries().contains(country)) {
                    item.getPartnerCountries().add(country);
                }
            }
            add(item);
            result.add(item);
        }
        return result;
    }

    private void add(RegistryItem item) {
        if (item instanceof Platform platform) {
            plan.getPlatforms().add(platform);
        } else if (item instanceof JointProject project) {
            plan.getJointProjects().add(project);
        } else if (item instanceof InnovationEntity entity) {
            plan.getInnovationEntities().add(entity);
        } else {
            plan.getExperts().add((Expert) item);
        }
    }

    // Starts from two years before the period to a year after it; some have no start date.
    private void dates(RegistryItem item) {
        if (random.nextInt(10) == 0) {
            return;
        }
        LocalDate from = LocalDate.of(plan.getStartYear() - 2, 1, 1);
        int span = (int) ChronoUnit.DAYS.between(from, LocalDate.of(plan.getEndYear() + 1, 12, 31));
        LocalDate start = from.plusDays(random.nextInt(span));
        item.setStartDate(PlanDates.toDate(start));
        if (random.nextInt(10) < 3) {
            item.setEndDate(PlanDates.toDate(start.plusDays(180 + random.nextInt(1200))));
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
