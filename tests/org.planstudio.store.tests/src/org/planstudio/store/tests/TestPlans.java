package org.planstudio.store.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.planstudio.model.plan.AttributeValue;
import org.planstudio.model.plan.Comment;
import org.planstudio.model.plan.Consultation;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Disposition;
import org.planstudio.model.plan.Expert;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Identified;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.InnovationEntity;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.JointProject;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.OrganizationKind;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanStatus;
import org.planstudio.model.plan.Platform;
import org.planstudio.model.plan.Principle;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.plan.Translation;
import org.planstudio.model.text.Texts;

/**
 * A small plan that exercises everything the store splits out: registry items of every kind with
 * partner countries, attributes, translations, empty and absent texts, dates and a budget whose
 * scale matters, and trace links that touch items interleaved with links that do not.
 */
final class TestPlans {

    private static final PlanFactory F = PlanFactory.eINSTANCE;

    private TestPlans() {
    }

    static Plan rich(String id) {
        Plan plan = F.createPlan();
        plan.setId(id);
        plan.setTitle(Texts.of("“一带一路”科技创新北京行动计划（2024-2027年）",
                "Belt and Road S&T Innovation Beijing Action Plan (2024-2027)"));
        plan.setStatus(PlanStatus.DRAFT_FOR_COMMENT);
        plan.setStartYear(2024);
        plan.setEndYear(2027);
        Organization commission = organization(plan, "org-stc", "北京市科学技术委员会", OrganizationKind.GOVERNMENT);
        Organization zgc = organization(plan, "org-zgc", "中关村科技园区管理委员会", OrganizationKind.GOVERNMENT);
        Country kz = country(plan, "country-kz", "KZ", "哈萨克斯坦");
        Country th = country(plan, "country-th", "TH", "泰国");
        Country eg = country(plan, "country-eg", "EG", "埃及");
        Organization enterprise = organization(plan, "org-ent", "某科技有限公司", OrganizationKind.ENTERPRISE);
        enterprise.setCountry(kz);
        plan.getIssuers().add(commission);
        plan.getIssuers().add(zgc);

        Principle principle = F.createPrinciple();
        principle.setId("principle-1");
        principle.setName(Texts.of("共商共建"));
        plan.getPrinciples().add(principle);
        Goal goal = F.createGoal();
        goal.setId("goal-1");
        Indicator platforms = F.createIndicator();
        platforms.setId("ind-platforms");
        platforms.setTarget(new BigDecimal("100"));
        goal.getIndicators().add(platforms);
        plan.getGoals().add(goal);
        TaskArea area = F.createTaskArea();
        area.setId("area-1");
        plan.getTaskAreas().add(area);
        KeyTask t1 = task(area, "task-1", 1, commission, zgc);
        KeyTask t2 = task(area, "task-2", 2, zgc, commission);

        Platform lab = F.createPlatform();
        lab.setId("platform-lab");
        lab.setName(Texts.of("中哈联合实验室", "China-Kazakhstan Joint Laboratory"));
        lab.setType("joint-lab");
        lab.setStatus(ItemStatus.ACTIVE);
        lab.setHostOrganization(enterprise);
        lab.getPartnerCountries().add(kz);
        lab.getPartnerCountries().add(th);
        lab.setStartDate(date(2024, 3));
        lab.setEndDate(date(2027, 12));
        lab.getAttributes().add(attribute("website", "https://example.org/lab"));
        lab.getAttributes().add(attribute("note", null));
        lab.getAttributes().add(attribute("website", "duplicate keys keep their order"));
        plan.getPlatforms().add(lab);
        Platform bare = F.createPlatform();
        bare.setId("platform-bare");
        bare.setName(F.createLocalizedText());
        plan.getPlatforms().add(bare);

        InnovationEntity entity = F.createInnovationEntity();
        entity.setId("entity-1");
        entity.setName(Texts.of("北京某创新企业"));
        entity.setCreditCode("91110108MA01ABCDEF");
        entity.setType("");
        plan.getInnovationEntities().add(entity);
        JointProject project = F.createJointProject();
        project.setId("project-1");
        project.setName(Texts.of("绿色能源联合研发"));
        project.setBudget(new BigDecimal("1200.00"));
        project.getParticipants().add(entity);
        project.getPartnerCountries().add(eg);
        project.setStatus(ItemStatus.COMPLETED);
        plan.getJointProjects().add(project);
        Expert expert = F.createExpert();
        expert.setId("expert-1");
        expert.setAffiliation("清华大学");
        LocalizedText field = Texts.of("人工智能");
        Translation stale = F.createTranslation();
        stale.setLanguage("en");
        stale.setText("AI");
        stale.setSourceDigest("not-the-digest-of-the-chinese");
        field.getTranslations().add(stale);
        expert.setField(field);
        expert.setDescription(Texts.of("多行\n说明\t与 <特殊> & \"字符\""));
        plan.getExperts().add(expert);

        Consultation consultation = F.createConsultation();
        consultation.setId("consultation-1");
        Comment comment = F.createComment();
        comment.setId("comment-1");
        comment.setText(Texts.of("建议增加平台数量"));
        comment.setDisposition(Disposition.ADOPTED);
        consultation.getComments().add(comment);
        plan.getConsultations().add(consultation);

        link(plan, "link-contributes", TraceKind.CONTRIBUTES_TO, t1, platforms, false);
        link(plan, "link-lab", TraceKind.IMPLEMENTS, lab, t1, false).setRationale(Texts.of("实验室承担任务一"));
        link(plan, "link-guided", TraceKind.GUIDED_BY, t1, principle, false);
        link(plan, "link-project", TraceKind.IMPLEMENTS, project, t2, true);
        link(plan, "link-about", TraceKind.ABOUT, comment, lab, false);
        link(plan, "link-expert", TraceKind.IMPLEMENTS, expert, t2, false);
        return plan;
    }

    private static Organization organization(Plan plan, String id, String name, OrganizationKind kind) {
        Organization organization = F.createOrganization();
        organization.setId(id);
        organization.setName(Texts.of(name));
        organization.setKind(kind);
        plan.getOrganizations().add(organization);
        return organization;
    }

    private static Country country(Plan plan, String id, String code, String name) {
        Country country = F.createCountry();
        country.setId(id);
        country.setCode(code);
        country.setName(Texts.of(name));
        plan.getCountries().add(country);
        return country;
    }

    private static KeyTask task(TaskArea area, String id, int number, Organization lead, Organization support) {
        KeyTask task = F.createKeyTask();
        task.setId(id);
        task.setNumber(number);
        task.setTitle(Texts.of("任务" + number));
        task.getLeadUnits().add(lead);
        task.getSupportingUnits().add(support);
        task.setDeadline(date(2027, 12));
        area.getTasks().add(task);
        return task;
    }

    private static AttributeValue attribute(String key, String value) {
        AttributeValue attribute = F.createAttributeValue();
        attribute.setKey(key);
        attribute.setValue(value);
        return attribute;
    }

    static TraceLink link(Plan plan, String id, TraceKind kind, Identified source, Identified target,
            boolean suspect) {
        TraceLink link = F.createTraceLink();
        link.setId(id);
        link.setKind(kind);
        link.setSource(source);
        link.setTarget(target);
        link.setSuspect(suspect);
        plan.getTraceLinks().add(link);
        return link;
    }

    // Not midnight UTC, with milliseconds: the store must keep the instant exactly.
    private static Date date(int year, int month) {
        return Date.from(LocalDate.of(year, month, 1).atStartOfDay(ZoneOffset.ofHours(8)).toInstant().plusMillis(123));
    }
}
