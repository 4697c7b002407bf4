-- Plan Studio store, data format 3: element-level storage (PostgreSQL: BYTEA for both the inline
-- and the large column; the inline limit is the store's, kept so that both engines split alike).
-- Applies after V002 (plan deletion) and does not depend on it: the two touch different columns.

-- How a revision's plan elements are kept: 'X' = the XMI blob in CONTENT (data format 1, and
-- any revision the element rows cannot hold exactly), 'E' = the rows of PLAN_ELEMENT valid at it.
-- Revisions written before this migration stay 'X' and are read from their blobs, unchanged.
ALTER TABLE PLAN_REVISION ADD COLUMN STORAGE CHAR(1) NOT NULL DEFAULT 'X';
ALTER TABLE PLAN_REVISION ALTER COLUMN CONTENT DROP NOT NULL;
ALTER TABLE PLAN_REVISION ALTER COLUMN CONTENT_SHA256 DROP NOT NULL;

-- Every identified element other than registry items and the links that touch them (those are
-- REGISTRY_ rows), versioned like them: valid for FROM_REVISION <= r < TO_REVISION (TO_REVISION
-- null while current); a save adds a row only for an element whose CONTENT_SHA256 changed.
-- PARENT_ID / FEATURE / POSITION place the element in its container (null for the plan itself);
-- DATA is the element's own attributes, references (as ids) and contained texts, in the
-- store's compact binary form (ElementCodec); an element too large for the inline column
-- (32,672 bytes) has DATA null and its bytes in DATA_LOB.
CREATE TABLE PLAN_ELEMENT (
    ELEMENT_KEY BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    PLAN_ID VARCHAR(255) NOT NULL REFERENCES PLAN (PLAN_ID),
    ELEMENT_ID VARCHAR(255) NOT NULL,
    KIND VARCHAR(60) NOT NULL,
    PARENT_ID VARCHAR(255),
    FEATURE VARCHAR(60),
    POSITION INT NOT NULL,
    FROM_REVISION INT NOT NULL,
    TO_REVISION INT,
    CONTENT_SHA256 CHAR(64) NOT NULL,
    DATA BYTEA,
    DATA_LOB BYTEA
);

CREATE INDEX PLAN_ELEMENT_CURRENT ON PLAN_ELEMENT (PLAN_ID, TO_REVISION);
CREATE INDEX PLAN_ELEMENT_FROM ON PLAN_ELEMENT (PLAN_ID, FROM_REVISION);
