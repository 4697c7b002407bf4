package org.planstudio.store.internal;

import org.planstudio.store.FieldChange;

/** One AUDIT_FIELD row before it is written; values are null where a field is unset. */
record FieldEntry(String elementId, String elementKind, String elementLabel, String field, FieldChange.Kind change,
        String oldValue, String newValue) {

    static final int VALUE_LENGTH = 4000;
    static final int LABEL_LENGTH = 1000;

    /** The entry as the columns hold it (long values shortened), which is what the digest covers. */
    FieldEntry stored() {
        return new FieldEntry(Columns.fit(elementId, 255), Columns.fit(elementKind, 60),
                Columns.fit(elementLabel, LABEL_LENGTH), Columns.fit(field, 255), change,
                Columns.fit(oldValue, VALUE_LENGTH), Columns.fit(newValue, VALUE_LENGTH));
    }
}
