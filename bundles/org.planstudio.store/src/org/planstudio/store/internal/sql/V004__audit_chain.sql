-- Plan Studio store, data format 4: the audit log becomes a hash chain.
-- Each new entry carries ENTRY_HASH = SHA-256 of the previous entry's hash and its own fields
-- (AuditChain), so that an entry altered or removed afterwards, even by someone with every right
-- on the database, shows as a break when the chain is verified. Entries written before this
-- migration keep ENTRY_HASH null and are reported as unchained. AUDIT_HEAD holds the newest hash
-- in one row; writers lock that row, so entries chain in the order they commit.

ALTER TABLE AUDIT_LOG ADD COLUMN ENTRY_HASH CHAR(64);

CREATE TABLE AUDIT_HEAD (
    HEAD_ID INT NOT NULL PRIMARY KEY,
    LAST_ENTRY_ID BIGINT,
    LAST_HASH CHAR(64)
);

INSERT INTO AUDIT_HEAD (HEAD_ID, LAST_ENTRY_ID, LAST_HASH) VALUES (1, NULL, NULL);
