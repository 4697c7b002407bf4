package org.planstudio.registry.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.planstudio.registry.io.RegistryColumn;

/** Which registry column each header cell names; headers that name none are kept to be reported. */
public final class HeaderLayout {

    private final Map<RegistryColumn, Integer> indexes;
    private final List<String> ignored;

    private HeaderLayout(Map<RegistryColumn, Integer> indexes, List<String> ignored) {
        this.indexes = indexes;
        this.ignored = List.copyOf(ignored);
    }

    public static HeaderLayout of(List<String> header) {
        Objects.requireNonNull(header, "header");
        Map<RegistryColumn, Integer> indexes = new EnumMap<>(RegistryColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            var column = RegistryColumn.forHeader(name);
            // A second column with the same meaning would make the row ambiguous: the first one counts.
            if (column.isPresent() && !indexes.containsKey(column.get())) {
                indexes.put(column.get(), i);
            } else if (!name.isEmpty()) {
                ignored.add(name);
            }
        }
        return new HeaderLayout(indexes, ignored);
    }

    public boolean isEmpty() {
        return indexes.isEmpty();
    }

    public boolean has(RegistryColumn column) {
        return indexes.containsKey(column);
    }

    public Cell cell(Table.Row row, RegistryColumn column) {
        Integer index = indexes.get(column);
        return index == null ? Cell.EMPTY : row.cell(index);
    }

    public Set<RegistryColumn> missing(Set<RegistryColumn> required) {
        Set<RegistryColumn> missing = EnumSet.noneOf(RegistryColumn.class);
        required.stream().filter(column -> !has(column)).forEach(missing::add);
        return missing;
    }

    public List<String> ignored() {
        return ignored;
    }
}
