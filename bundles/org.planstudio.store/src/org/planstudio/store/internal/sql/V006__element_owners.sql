-- Plan Studio store, data format 6: who owns a plan element, in columns a database can check.
-- OWNER_TASK is the key task an element belongs to for permissions (a task itself, a progress
-- update of that task and what the update contains); LEAD_UNITS / SUPPORT_UNITS are a task's lead
-- and supporting organisation ids as '|id|id|'. Embedded Derby is single-user and has no row-level
-- security: the columns are here so that both engines keep the same shape.
ALTER TABLE PLAN_ELEMENT ADD COLUMN OWNER_TASK VARCHAR(255);
ALTER TABLE PLAN_ELEMENT ADD COLUMN LEAD_UNITS VARCHAR(4000);
ALTER TABLE PLAN_ELEMENT ADD COLUMN SUPPORT_UNITS VARCHAR(4000);
-- PLAN_ELEMENT_ID (PLAN_ID, ELEMENT_ID) is created by V005 (the audit and rls branches both added it).
