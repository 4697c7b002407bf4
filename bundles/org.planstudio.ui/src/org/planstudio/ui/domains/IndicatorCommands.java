package org.planstudio.ui.domains;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.planstudio.domain.CatalogueIndicator;
import org.planstudio.model.ids.Ids;
import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.CountingRule;
import org.planstudio.model.plan.Goal;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.plan.TraceLink;
import org.planstudio.model.text.Texts;

/**
 * A catalogue entry becomes an indicator of a goal, with a counting rule over the registries
 * (progress is derived, never typed in), and a "contributes to" link from the task: one undo step.
 */
final class IndicatorCommands {

    private IndicatorCommands() {
    }

    static Command build(EditingDomain domain, Plan plan, Goal goal, KeyTask task, CatalogueIndicator entry) {
        PlanFactory factory = PlanFactory.eINSTANCE;
        Indicator indicator = factory.createIndicator();
        indicator.setId(Ids.newId());
        indicator.setCode(entry.code());
        indicator.setName(Texts.of(entry.name().zh(), entry.name().en()));
        indicator.setUnit(Texts.of(entry.unit().zh(), entry.unit().en()));
        indicator.setAccumulation(Accumulation.CUMULATIVE);
        if (plan.getEndYear() > 0) {
            indicator.setTargetYear(plan.getEndYear());
        }
        CountingRule rule = factory.createCountingRule();
        rule.setRegistry(entry.registry());
        rule.getItemTypes().addAll(entry.itemTypes());
        rule.getStatuses().add(ItemStatus.ACTIVE);
        rule.getStatuses().add(ItemStatus.COMPLETED);
        rule.setWithinPlanPeriod(true);
        rule.setDescription(Texts.of(entry.rule().zh(), entry.rule().en()));
        indicator.setCountingRule(rule);

        TraceLink link = factory.createTraceLink();
        link.setId(Ids.newId());
        link.setKind(TraceKind.CONTRIBUTES_TO);
        link.setSource(task);
        link.setTarget(indicator);

        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Catalogue_command,
                entry.name().in(Locale.getDefault())));
        command.append(AddCommand.create(domain, goal, PlanPackage.Literals.GOAL__INDICATORS, indicator));
        command.append(AddCommand.create(domain, plan, PlanPackage.Literals.PLAN__TRACE_LINKS, link));
        return command;
    }
}
