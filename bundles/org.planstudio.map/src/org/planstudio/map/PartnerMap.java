package org.planstudio.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.Country;
import org.planstudio.model.plan.Plan;
import org.planstudio.model.plan.RegistryItem;
import org.planstudio.model.text.Texts;

/**
 * What the partner-country map shows: every outline, the registry items of each partner country,
 * the legend, and the partner countries the outline set lacks (too small for the scale, or a code
 * it does not know), which every view of the map lists instead of dropping them.
 */
public final class PartnerMap {

    /** A partner country with its items; {@code outline} is empty when the map lacks it. */
    public record Entry(Country country, String code, List<RegistryItem> items, Optional<CountryOutline> outline) {

        public Entry {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(code, "code");
            items = List.copyOf(items);
            Objects.requireNonNull(outline, "outline");
        }

        public int count() {
            return items.size();
        }

        public String name(Locale locale) {
            String label = country.getName() == null ? "" : Texts.label(country.getName(), locale);
            return label.isBlank() ? code : label;
        }
    }

    private final WorldOutlines outlines;
    private final List<Entry> entries;
    private final Map<String, Entry> byCode = new HashMap<>();
    private final Legend legend;

    public PartnerMap(WorldOutlines outlines, Map<Country, List<RegistryItem>> counts) {
        this.outlines = Objects.requireNonNull(outlines, "outlines");
        List<Entry> list = new ArrayList<>();
        long maximum = 0;
        for (Map.Entry<Country, List<RegistryItem>> count : Objects.requireNonNull(counts, "counts").entrySet()) {
            String code = count.getKey().getCode() == null ? "" : count.getKey().getCode().trim().toUpperCase(Locale.ROOT);
            Entry entry = new Entry(count.getKey(), code, count.getValue(),
                    code.isEmpty() ? Optional.empty() : outlines.find(code));
            list.add(entry);
            entry.outline().ifPresent(o -> byCode.put(o.code(), entry));
            maximum = Math.max(maximum, entry.count());
        }
        this.entries = List.copyOf(list);
        this.legend = Legend.forMaximum(maximum);
    }

    /** The map of a plan's registry items, on the bundled outlines. */
    public static PartnerMap of(Plan plan) {
        return new PartnerMap(WorldOutlines.bundled(), CountryCounts.of(plan));
    }

    public WorldOutlines outlines() {
        return outlines;
    }

    /** Every partner country with items, in the plan's order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The partner countries with items that the map shows. */
    public List<Entry> shown() {
        return entries.stream().filter(e -> e.outline().isPresent()).toList();
    }

    /** The partner countries with items that the map cannot show. */
    public List<Entry> missing() {
        return entries.stream().filter(e -> e.outline().isEmpty()).toList();
    }

    /** The partner country drawn with this outline, if it has items. */
    public Optional<Entry> entry(CountryOutline outline) {
        return Optional.ofNullable(byCode.get(outline.code()));
    }

    public Legend legend() {
        return legend;
    }

    public String colour(CountryOutline outline) {
        return entry(outline).map(e -> legend.colour(e.count())).orElse(Legend.NO_DATA);
    }
}
