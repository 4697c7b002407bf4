-- Plan Studio store, data format 2 (PostgreSQL; the same as the Derby script): a plan can be marked deleted and restored. Deleting erases
-- nothing: revisions, baselines, registry rows and audit entries stay; DELETED_AT NULL means live.
-- Statements end with ';' at the end of a line; lines starting with '--' are comments.

ALTER TABLE PLAN ADD COLUMN DELETED_AT TIMESTAMP;
ALTER TABLE PLAN ADD COLUMN DELETED_BY VARCHAR(255);
