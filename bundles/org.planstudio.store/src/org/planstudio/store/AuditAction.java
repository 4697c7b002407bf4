package org.planstudio.store;

/** What an audit-log entry records. */
public enum AuditAction {
    SCHEMA_MIGRATED,
    PLAN_CREATED,
    REVISION_SAVED,
    PLAN_IMPORTED,
    BASELINE_NAMED,
    PLAN_DELETED,
    PLAN_RESTORED,
    /** A save whose base was stale, merged onto the latest revision (the detail names both). */
    REVISION_MERGED
}
