package org.planstudio.report.internal.build;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.planstudio.charts.CountryNames;
import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Accumulation;
import org.planstudio.model.plan.Indicator;
import org.planstudio.model.plan.ItemStatus;
import org.planstudio.model.plan.KeyTask;
import org.planstudio.model.plan.LocalizedText;
import org.planstudio.model.plan.Organization;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.plan.TaskArea;
import org.planstudio.model.plan.TaskStatus;
import org.planstudio.model.text.ElementLabels;
import org.planstudio.model.text.PlanDates;
import org.planstudio.model.text.Texts;
import org.planstudio.report.internal.ReportTexts;

/** How reports name plan elements, units, statuses, dates and numbers in the report's language. */
final class PlanLabels {

    private final ReportTexts texts;
    private final Locale locale;

    PlanLabels(ReportTexts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.locale = texts.locale();
    }

    ReportTexts texts() {
        return texts;
    }

    String text(LocalizedText text) {
        return Texts.label(text, locale);
    }

    String planTitle(Plan plan) {
        String title = text(plan.getTitle());
        return title.isBlank() ? plan.getId() : title;
    }

    /** Title or name with the plan's number ("3. …"). */
    String element(EObject element) {
        return ElementLabels.text(element, locale);
    }

    /** A task's title without its number (tables give the number a column of its own). */
    String task(KeyTask task) {
        String title = text(task.getTitle());
        return title.isBlank() ? element(task) : title;
    }

    /** A task area as its group heading reads: "一、title" in Chinese, "1. title" in English. */
    String area(TaskArea area) {
        String title = text(area.getTitle());
        int number = area.getNumber() > 0 ? area.getNumber() : 1 + ((Plan) area.eContainer()).getTaskAreas().indexOf(area);
        return Outline.label(texts.chinese(), number) + (title.isBlank() ? area.getId() : title);
    }

    String country(Country country) {
        return CountryNames.of(country, locale);
    }

    String indicator(Indicator indicator) {
        return element(indicator);
    }

    String item(RegistryItem item) {
        return element(item);
    }

    /**
     * Chinese documents name units by their short form (市科委); English ones by the translated
     * name, since short forms are Chinese abbreviations.
     */
    String organization(Organization organization) {
        String shortName = organization.getShortName();
        if (texts.chinese() && shortName != null && !shortName.isBlank()) {
            return shortName;
        }
        String name = text(organization.getName());
        if (!name.isBlank()) {
            return name;
        }
        return shortName != null && !shortName.isBlank() ? shortName : organization.getId();
    }

    String units(Collection<Organization> organizations) {
        if (organizations.isEmpty()) {
            return texts.get("none");
        }
        return organizations.stream().map(this::organization).collect(Collectors.joining(texts.get("list.separator")));
    }

    String join(Collection<String> parts) {
        return parts.isEmpty() ? texts.get("none") : String.join(texts.get("list.separator"), parts);
    }

    String taskStatus(TaskStatus status) {
        return texts.get("taskStatus." + (status == null ? TaskStatus.NOT_STARTED : status).name());
    }

    String itemStatus(ItemStatus status) {
        return texts.get("itemStatus." + (status == null ? ItemStatus.PLANNED : status).name());
    }

    String registry(RegistryItem item) {
        return texts.get("registry." + item.eClass().getName());
    }

    String accumulation(Accumulation accumulation) {
        return texts.get("accumulation." + (accumulation == null ? Accumulation.CUMULATIVE : accumulation).name());
    }

    Optional<LocalDate> deadline(KeyTask task) {
        return PlanDates.toLocalDate(task.getDeadline());
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(texts.get("date.pattern"), locale).format(date);
    }

    String number(BigDecimal value) {
        return value == null ? texts.get("none") : value.stripTrailingZeros().toPlainString();
    }

    String percent(BigDecimal ratio) {
        BigDecimal percent = ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + "%";
    }

    /** part / whole as a ratio, 0 when there is nothing to cover. */
    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** "9 / 12 (75%)". */
    String share(long part, long whole) {
        return texts.get("share", part, whole, percent(ratio(part, whole)));
    }
}
