package org.planstudio.store.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The open rows of one plan by element id, one map per table: what its latest revision holds. */
final class OpenRows {

    final Map<String, OpenRow> elements;
    final Map<String, OpenRow> items;
    final Map<String, OpenRow> links;

    OpenRows(Map<String, OpenRow> elements, Map<String, OpenRow> items, Map<String, OpenRow> links) {
        this.elements = elements;
        this.items = items;
        this.links = links;
    }

    /** From a full save: every row of the split plan, with the key and fingerprint now open for it. */
    static OpenRows of(SplitPlan split, Map<String, RowVersion> elements, Map<String, RowVersion> items,
            Map<String, RowVersion> links) {
        Map<String, OpenRow> e = new HashMap<>(capacity(split.elements()));
        for (ElementRow row : split.elements()) {
            e.put(row.id(), OpenRow.of(elements.get(row.id()), row.position(), row.parentId(), row.feature()));
        }
        Map<String, OpenRow> i = new HashMap<>(capacity(split.items()));
        for (ItemRow row : split.items()) {
            i.put(row.id(), OpenRow.of(items.get(row.id()), row.position(), null, null));
        }
        Map<String, OpenRow> l = new HashMap<>(capacity(split.links()));
        for (LinkRow row : split.links()) {
            l.put(row.id(), OpenRow.of(links.get(row.id()), row.position(), null, null));
        }
        return new OpenRows(e, i, l);
    }

    /** Brings the maps up to a save of {@code delta} whose inserted rows got {@code keys}. */
    void apply(ChangedRows.Delta delta, RevisionSaver.Keys keys) {
        ChangedRows.Part<ElementRow> e = delta.elements();
        for (int i = 0; i < e.rows().size(); i++) {
            ElementRow row = e.rows().get(i);
            elements.put(row.id(), OpenRow.of(version(keys.elements(), row.id(), e.fingerprints().get(i)),
                    row.position(), row.parentId(), row.feature()));
        }
        e.gone().forEach(elements::remove);
        ChangedRows.Part<ItemRow> it = delta.items();
        for (int i = 0; i < it.rows().size(); i++) {
            ItemRow row = it.rows().get(i);
            items.put(row.id(), OpenRow.of(version(keys.items(), row.id(), it.fingerprints().get(i)), row.position(),
                    null, null));
        }
        it.gone().forEach(items::remove);
        ChangedRows.Part<LinkRow> l = delta.links();
        for (int i = 0; i < l.rows().size(); i++) {
            LinkRow row = l.rows().get(i);
            links.put(row.id(), OpenRow.of(version(keys.links(), row.id(), l.fingerprints().get(i)), row.position(),
                    null, null));
        }
        l.gone().forEach(links::remove);
    }

    private static RowVersion version(Map<String, Long> keys, String id, String sha256) {
        Long key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("no key for the row of " + id + " just written");
        }
        return new RowVersion(key, sha256);
    }

    static int capacity(List<?> rows) {
        return rows.size() * 4 / 3 + 1;
    }
}
