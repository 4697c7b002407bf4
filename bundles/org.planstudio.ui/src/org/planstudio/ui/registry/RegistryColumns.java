package org.planstudio.ui.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.PlanFactory;
import org.planstudio.model.plan.PlanPackage;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TraceKind;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.model.walk.PlanQueries;
import org.planstudio.ui.internal.Messages;
import org.planstudio.ui.internal.ModelLabels;
import org.planstudio.ui.tables.Column;

/** The columns every registry shows; edits become commands on the plan's command stack. */
final class RegistryColumns {

    private final Plan plan;
    private final EditingDomain domain;

    RegistryColumns(Plan plan, EditingDomain domain) {
        this.plan = Objects.requireNonNull(plan);
        this.domain = Objects.requireNonNull(domain);
    }

    List<Column<RegistryItem>> columns() {
        return List.of(
                Column.readOnly("id", Messages.Registry_id, 150, RegistryItem::getId),
                Column.editable("nameZh", Messages.Registry_nameZh, 240, i -> Texts.zh(i.getName()).orElse(""), this::setChinese),
                Column.editable("nameEn", Messages.Registry_nameEn, 240, i -> Texts.en(i.getName()).orElse(""), this::setEnglish),
                Column.editable("type", Messages.Registry_type, 140, RegistryItem::getType,
                        (i, v) -> SetCommand.create(domain, i, PlanPackage.Literals.REGISTRY_ITEM__TYPE, v)),
                Column.editable("status", Messages.Registry_status, 100, i -> ModelLabels.literal(
                        PlanPackage.Literals.ITEM_STATUS.getEEnumLiteral(i.getStatus().getValue())), this::setStatus),
                Column.readOnly("host", Messages.Registry_host, 200,
                        i -> i.getHostOrganization() == null ? "" : ModelLabels.element(i.getHostOrganization())),
                Column.readOnly("countries", Messages.Registry_countries, 160, i -> i.getPartnerCountries().stream()
                        .map(Country::getCode).collect(Collectors.joining(", "))),
                Column.editable("start", Messages.Registry_start, 100, i -> PlanDates.format(i.getStartDate()),
                        (i, v) -> setDate(i, PlanPackage.Literals.REGISTRY_ITEM__START_DATE, v)),
                Column.editable("end", Messages.Registry_end, 100, i -> PlanDates.format(i.getEndDate()),
                        (i, v) -> setDate(i, PlanPackage.Literals.REGISTRY_ITEM__END_DATE, v)),
                Column.readOnly("tasks", Messages.Registry_tasks, 120, this::tasks));
    }

    private String tasks(RegistryItem item) {
        return PlanQueries.linksFrom(plan, item, TraceKind.IMPLEMENTS).stream()
                .map(link -> link.getTarget() instanceof KeyTask task ? String.valueOf(task.getNumber()) : "?")
                .collect(Collectors.joining(", "));
    }

    private Command setChinese(RegistryItem item, String value) {
        LocalizedText name = item.getName();
        if (name == null) {
            return SetCommand.create(domain, item, PlanPackage.Literals.REGISTRY_ITEM__NAME, Texts.of(value));
        }
        return SetCommand.create(domain, name, PlanPackage.Literals.LOCALIZED_TEXT__ZH, value);
    }

    private Command setEnglish(RegistryItem item, String value) {
        LocalizedText copy = item.getName() == null ? PlanFactory.eINSTANCE.createLocalizedText()
                : org.eclipse.emf.ecore.util.EcoreUtil.copy(item.getName());
        if (copy.getZh() == null) {
            copy.setZh("");
        }
        Texts.setTranslation(copy, Texts.ENGLISH, value);
        return SetCommand.create(domain, item, PlanPackage.Literals.REGISTRY_ITEM__NAME, copy);
    }

    private Command setStatus(RegistryItem item, String value) {
        Optional<ItemStatus> status = ItemStatus.VALUES.stream().filter(s -> s.getName().equalsIgnoreCase(value.trim())
                || ModelLabels.literal(PlanPackage.Literals.ITEM_STATUS.getEEnumLiteral(s.getValue())).equals(value.trim()))
                .findFirst();
        return status.<Command>map(s -> SetCommand.create(domain, item, PlanPackage.Literals.REGISTRY_ITEM__STATUS, s))
                .orElse(UnexecutableCommand.INSTANCE);
    }

    private Command setDate(RegistryItem item, EAttribute attribute, String value) {
        try {
            return SetCommand.create(domain, item, attribute, PlanDates.parse(value).map(Object.class::cast)
                    .orElse(SetCommand.UNSET_VALUE));
        } catch (RuntimeException e) {
            return UnexecutableCommand.INSTANCE;
        }
    }
}
