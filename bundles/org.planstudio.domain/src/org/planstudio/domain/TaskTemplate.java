package org.planstudio.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pre-filled task of the domain: its title, the measures it usually takes and the units that
 * usually lead it. Lead units are text because organisations belong to the plan; the workbench
 * matches them against the plan's organisations by name. Presets are attribute values to set.
 */
public record TaskTemplate(String id, Bilingual title, List<Bilingual> measures, List<Bilingual> leadUnits,
        Map<String, String> presets) {

    public TaskTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        measures = List.copyOf(measures);
        leadUnits = List.copyOf(leadUnits);
        presets = Map.copyOf(presets);
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("template '" + id + "' has no measures");
        }
    }
}
