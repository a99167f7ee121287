-- Induction programmes: what a board's copy needs to tell the desk's later template changes from its own
-- tailoring. V9 links a copy's milestone to its template milestone (origin_id), but a diff of the two alone
-- would show every tailoring (a count the board raised) as a template change, would show a milestone the
-- board deliberately removed as "added" again, and loses the link when a template milestone is deleted.

ALTER TABLE induction_milestone
    -- A template milestone: the template revision that added it, and the one that removed it. A removed
    -- template milestone is kept (without a position in the template) so that copies can still be told it
    -- is gone; it is deleted outright when no copy refers to it.
    ADD COLUMN added_in_revision    INT          NOT NULL DEFAULT 1 AFTER helper,
    ADD COLUMN removed_in_revision  INT          NULL AFTER added_in_revision,
    -- A copy's milestone taken from the template: the template milestone's values as the board last took
    -- them over or reviewed them. Where the template now differs from these, the template changed.
    ADD COLUMN base_year_no         INT          NULL AFTER removed_in_revision,
    ADD COLUMN base_kind            VARCHAR(24)  NULL AFTER base_year_no,
    ADD COLUMN base_title           VARCHAR(200) NULL AFTER base_kind,
    ADD COLUMN base_required_count  INT          NULL AFTER base_title,
    ADD COLUMN base_helper          VARCHAR(16)  NULL AFTER base_required_count;

-- Copies made before this migration took their milestones over as they were.
UPDATE induction_milestone c JOIN induction_milestone t ON t.id = c.origin_id
SET c.base_year_no = t.year_no, c.base_kind = t.kind, c.base_title = t.title,
    c.base_required_count = t.required_count, c.base_helper = t.helper;
