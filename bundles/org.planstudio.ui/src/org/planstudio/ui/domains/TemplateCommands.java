package org.planstudio.ui.domains;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.planstudio.domain.Bilingual;
import org.planstudio.domain.TaskTemplate;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.text.Texts;

/**
 * Applying a template is one undoable step: the measures become the task's text (numbered, in
 * both languages), the presets its domain fields, and the typical lead units that the plan knows
 * as organisations (matched by Chinese or English name) are added as lead units.
 */
final class TemplateCommands {

    record Applied(Command command, List<Bilingual> unmatchedLeadUnits) {
    }

    private TemplateCommands() {
    }

    static Applied build(EditingDomain domain, Plan plan, KeyTask task, TaskTemplate template) {
        Objects.requireNonNull(template, "template");
        String label = NLS.bind(Messages.Template_command, template.title().in(Locale.getDefault()));
        CompoundCommand command = new CompoundCommand(label);
        command.append(SetCommand.create(domain, task, PlanPackage.Literals.KEY_TASK__TEXT,
                Texts.of(numbered(template.measures(), true), numbered(template.measures(), false))));
        template.presets().forEach((key, value) -> AttributeCommands.set(domain, task, key, value).ifPresent(command::append));
        List<Bilingual> unmatched = new ArrayList<>();
        for (Bilingual unit : template.leadUnits()) {
            Optional<Organization> organization = find(plan, unit);
            if (organization.isEmpty()) {
                unmatched.add(unit);
            } else if (!task.getLeadUnits().contains(organization.get())) {
                command.append(AddCommand.create(domain, task, PlanPackage.Literals.KEY_TASK__LEAD_UNITS, organization.get()));
            }
        }
        return new Applied(command, List.copyOf(unmatched));
    }

    private static String numbered(List<Bilingual> measures, boolean chinese) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < measures.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            text.append(i + 1).append(chinese ? "．" : ". ").append(chinese ? measures.get(i).zh() : measures.get(i).en());
        }
        return text.toString();
    }

    private static Optional<Organization> find(Plan plan, Bilingual unit) {
        return plan.getOrganizations().stream().filter(org -> org.getName() != null
                && (unit.zh().equals(org.getName().getZh()) || Texts.en(org.getName()).map(unit.en()::equalsIgnoreCase)
                        .orElse(false) || unit.zh().equals(org.getShortName())))
                .findFirst();
    }
}
