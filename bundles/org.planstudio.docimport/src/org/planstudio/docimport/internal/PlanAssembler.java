package org.planstudio.docimport.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.planstudio.docimport.ImportMapping;
import org.planstudio.docimport.MappedPart;
import org.planstudio.docimport.PartKind;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.OrganizationKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;

/** Builds the plan from a confirmed mapping; parts marked SECTION or IGNORED create nothing. */
public final class PlanAssembler {

    private static final PlanFactory FACTORY = PlanFactory.eINSTANCE;
    private static final java.util.regex.Pattern GOVERNMENT = java.util.regex.Pattern.compile(
            "(管委会|委员会|办公厅|办公室|人民政府|政府|委|局|厅|部|署|办)$");

    private final ImportMapping mapping;
    private final Plan plan = FACTORY.createPlan();
    private final Map<MappedPart, TaskArea> areas = new IdentityHashMap<>();
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private Goal currentGoal;

    private PlanAssembler(ImportMapping mapping) {
        this.mapping = mapping;
    }

    public static Plan build(ImportMapping mapping, String planId) {
        PlanAssembler assembler = new PlanAssembler(mapping);
        assembler.head(planId);
        // Areas first: a task may name an area that the document lists after it.
        for (MappedPart area : mapping.all(PartKind.TASK_AREA)) {
            TaskArea created = FACTORY.createTaskArea();
            created.setId(Ids.newId());
            created.setNumber(assembler.plan.getTaskAreas().size() + 1);
            created.setTitle(Texts.of(area.title()));
            assembler.plan.getTaskAreas().add(created);
            assembler.areas.put(area, created);
        }
        assembler.walk(mapping.parts());
        return assembler.plan;
    }

    private void head(String planId) {
        plan.setId(planId);
        plan.setStatus(PlanStatus.DRAFT_FOR_COMMENT);
        plan.setTitle(Texts.of(mapping.title().isBlank() ? planId : mapping.title()));
        if (!mapping.shortTitle().isBlank()) {
            plan.setShortTitle(Texts.of(mapping.shortTitle()));
        }
        mapping.startYear().ifPresent(plan::setStartYear);
        mapping.endYear().ifPresent(plan::setEndYear);
        if (!mapping.documentNumber().isBlank()) {
            plan.setDocumentNumber(mapping.documentNumber());
        }
        mapping.date().ifPresent(day -> plan.setIssueDate(PlanDates.toDate(day)));
        for (String issuer : mapping.issuers()) {
            plan.getIssuers().add(organization(issuer, OrganizationKind.GOVERNMENT));
        }
    }

    private void walk(List<MappedPart> parts) {
        for (MappedPart part : parts) {
            if (part.kind() == PartKind.IGNORED) {
                continue;
            }
            Goal enclosing = currentGoal;
            create(part);
            walk(part.children());
            currentGoal = part.kind() == PartKind.GOAL ? enclosing : currentGoal;
        }
    }

    private void create(MappedPart part) {
        switch (part.kind()) {
        case GUIDING_IDEOLOGY -> {
            String text = part.text().isBlank() ? part.title() : part.text();
            String before = plan.getGuidingIdeology() == null ? "" : Texts.zh(plan.getGuidingIdeology()).orElse("");
            plan.setGuidingIdeology(Texts.of(before.isEmpty() ? text : before + "\n" + text));
        }
        case PRINCIPLE -> {
            var principle = FACTORY.createPrinciple();
            principle.setId(Ids.newId());
            principle.setNumber(plan.getPrinciples().size() + 1);
            principle.setName(Texts.of(part.title()));
            principle.setText(Texts.of(part.text()));
            plan.getPrinciples().add(principle);
        }
        case GOAL -> {
            Goal goal = FACTORY.createGoal();
            goal.setId(Ids.newId());
            goal.setTitle(Texts.of(part.title()));
            goal.setText(Texts.of(part.text()));
            part.targetYear().ifPresent(goal::setTargetYear);
            plan.getGoals().add(goal);
            currentGoal = goal;
        }
        case INDICATOR -> indicator(part);
        case TASK -> task(part);
        case SAFEGUARD -> {
            var safeguard = FACTORY.createSafeguard();
            safeguard.setId(Ids.newId());
            safeguard.setNumber(plan.getSafeguards().size() + 1);
            safeguard.setTitle(Texts.of(part.title()));
            if (!part.text().isBlank()) {
                safeguard.setText(Texts.of(part.text()));
            }
            plan.getSafeguards().add(safeguard);
        }
        case CONSIDERATION -> {
            var consideration = FACTORY.createConsideration();
            consideration.setId(Ids.newId());
            consideration.setNumber(plan.getConsiderations().size() + 1);
            consideration.setTitle(Texts.of(part.title()));
            consideration.setText(Texts.of(part.text()));
            plan.getConsiderations().add(consideration);
        }
        case POLICY_REFERENCE -> {
            var reference = FACTORY.createPolicyReference();
            reference.setId(Ids.newId());
            reference.setTitle(Texts.of(part.title()));
            plan.getPolicyReferences().add(reference);
        }
        case CONSULTATION -> consultation(part);
        case SECTION, IGNORED, TASK_AREA -> {
            // areas were made first; sections and left-out parts create nothing
        }
        }
    }

    private void indicator(MappedPart part) {
        Goal goal = currentGoal;
        if (goal == null) {
            goal = plan.getGoals().isEmpty() ? null : plan.getGoals().get(plan.getGoals().size() - 1);
        }
        if (goal == null) {
            goal = FACTORY.createGoal();
            goal.setId(Ids.newId());
            goal.setTitle(Texts.of("发展目标"));
            plan.getGoals().add(goal);
        }
        Indicator indicator = FACTORY.createIndicator();
        indicator.setId(Ids.newId());
        int number = (int) plan.getGoals().stream().mapToLong(g -> g.getIndicators().size()).sum() + 1;
        indicator.setCode("I" + number);
        indicator.setName(Texts.of(part.title()));
        part.unit().ifPresent(unit -> indicator.setUnit(Texts.of(unit)));
        part.target().ifPresent(indicator::setTarget);
        int goalYear = goal.getTargetYear();
        Optional<Integer> year = part.targetYear().or(() -> goalYear > 0 ? Optional.of(goalYear) : Optional.empty());
        year.ifPresent(indicator::setTargetYear);
        indicator.setAccumulation(Accumulation.CUMULATIVE);
        goal.getIndicators().add(indicator);
    }

    private void task(MappedPart part) {
        TaskArea area = mapping.areaOf(part).map(areas::get).orElse(null);
        if (area == null) {
            // The document does not say which area: the first, until staff move it.
            if (plan.getTaskAreas().isEmpty()) {
                TaskArea created = FACTORY.createTaskArea();
                created.setId(Ids.newId());
                created.setNumber(1);
                created.setTitle(Texts.of("重点任务"));
                plan.getTaskAreas().add(created);
            }
            area = plan.getTaskAreas().get(0);
        }
        KeyTask task = FACTORY.createKeyTask();
        task.setId(Ids.newId());
        // Plans number key tasks on across areas ("十二条重点任务").
        task.setNumber(plan.getTaskAreas().stream().mapToInt(a -> a.getTasks().size()).sum() + 1);
        task.setTitle(Texts.of(part.title()));
        if (!part.text().isBlank()) {
            task.setText(Texts.of(part.text()));
        }
        task.setStatus(TaskStatus.NOT_STARTED);
        for (String unit : part.leadUnits()) {
            task.getLeadUnits().add(unit(unit));
        }
        for (String unit : part.supportingUnits()) {
            if (!part.leadUnits().contains(unit)) {
                task.getSupportingUnits().add(unit(unit));
            }
        }
        area.getTasks().add(task);
    }

    private void consultation(MappedPart part) {
        Consultation consultation = FACTORY.createConsultation();
        consultation.setId(Ids.newId());
        part.consultationKind().ifPresent(consultation::setKind);
        consultation.setTitle(Texts.of(part.title()));
        if (!part.text().isBlank()) {
            consultation.setSummary(Texts.of(part.text()));
        }
        part.date().ifPresent(day -> consultation.setDate(PlanDates.toDate(day)));
        part.participantCount().ifPresent(consultation::setParticipantCount);
        List<Organization> participants = new ArrayList<>();
        for (String name : part.participants()) {
            participants.add(organization(name, kindOf(name)));
        }
        consultation.getParticipants().addAll(participants);
        plan.getConsultations().add(consultation);
    }

    /** A responsible unit: the plan's organisation of that name or short name, else a new one. */
    private Organization unit(String name) {
        for (Organization known : plan.getOrganizations()) {
            if (name.equals(known.getShortName()) || Texts.zh(known.getName()).filter(name::equals).isPresent()) {
                return known;
            }
        }
        OrganizationKind kind = kindOf(name);
        return organization(name, kind == OrganizationKind.OTHER && GOVERNMENT.matcher(name).find()
                ? OrganizationKind.GOVERNMENT : kind);
    }

    private Organization organization(String name, OrganizationKind kind) {
        return organizations.computeIfAbsent(name, n -> {
            Organization organization = FACTORY.createOrganization();
            organization.setId(Ids.newId());
            organization.setName(Texts.of(n));
            if (n.length() <= 8) {
                organization.setShortName(n);
            }
            organization.setKind(kind);
            plan.getOrganizations().add(organization);
            return organization;
        });
    }

    private static OrganizationKind kindOf(String name) {
        if (name.endsWith("大学") || name.endsWith("学院")) {
            return OrganizationKind.UNIVERSITY;
        }
        if (name.contains("研究院") || name.contains("研究所") || name.contains("咨询")) {
            return OrganizationKind.THINK_TANK;
        }
        if (name.endsWith("园") || name.endsWith("园区")) {
            return OrganizationKind.PARK;
        }
        if (name.endsWith("公司")) {
            return OrganizationKind.ENTERPRISE;
        }
        if (name.endsWith("联盟") || name.endsWith("联合会") || name.endsWith("协会") || name.endsWith("学会")) {
            return OrganizationKind.SOCIAL_ORGANIZATION;
        }
        return OrganizationKind.OTHER;
    }
}
