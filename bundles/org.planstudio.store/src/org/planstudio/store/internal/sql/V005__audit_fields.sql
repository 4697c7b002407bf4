-- Plan Studio store, data format 5: the field-level audit trail.
-- Every save writes, besides its AUDIT_LOG entry, one AUDIT_FIELD row per changed field of every
-- changed element (or one 'C'reated / 'D'eleted row for an element that came or went), in the
-- same transaction. Who, when and which revision are the AUDIT_LOG entry's (ENTRY_ID); the
-- entry's FIELDS_SHA256 is a digest of its field rows in SEQ order and is covered by the entry's
-- chained hash, so a field row altered, added or removed afterwards breaks the chain at that
-- entry (AuditChain). ENTRY_ID has no foreign key on purpose: a key would stop the removal of an
-- audit entry, which the chain must be able to find, not prevent; a row left without its entry
-- shows as a break too. Entries before this migration have no digest and no field rows.
ALTER TABLE AUDIT_LOG ADD COLUMN FIELDS_SHA256 CHAR(64);

CREATE TABLE AUDIT_FIELD (
    FIELD_ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ENTRY_ID BIGINT NOT NULL,
    SEQ INT NOT NULL,
    PLAN_ID VARCHAR(255) NOT NULL,
    ELEMENT_ID VARCHAR(255) NOT NULL,
    ELEMENT_KIND VARCHAR(60) NOT NULL,
    ELEMENT_LABEL VARCHAR(1000),
    FIELD VARCHAR(255) NOT NULL,
    CHANGE_KIND CHAR(1) NOT NULL,
    OLD_VALUE VARCHAR(4000),
    NEW_VALUE VARCHAR(4000)
);

-- No index on (ENTRY_ID, SEQ): only the verifier reads in that order, and it reads everything;
-- every save pays for each index, so the table has just the two the history queries use.
CREATE INDEX AUDIT_FIELD_ELEMENT ON AUDIT_FIELD (PLAN_ID, ELEMENT_ID, ENTRY_ID);
CREATE INDEX AUDIT_FIELD_PLAN ON AUDIT_FIELD (PLAN_ID, ENTRY_ID);

-- A changed reference is recorded with its target's label, looked up by id among the plan's rows.
CREATE INDEX PLAN_ELEMENT_ID ON PLAN_ELEMENT (PLAN_ID, ELEMENT_ID);
