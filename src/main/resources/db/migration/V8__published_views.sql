-- Views each feature publishes for the others (DD014). A feature reads another feature's data only through
-- the owner's query API or one of these views, never by SQL against the owner's tables, so the owner may
-- change its tables as long as its views keep their columns. Each view is one table's projection, so MariaDB
-- merges it into the query that reads it (ALGORITHM = MERGE): the same plans and indexes as on the table.

-- catalogue
CREATE ALGORITHM = MERGE VIEW catalogue_provider AS
    SELECT id, code, name, kind, town, website, board_id FROM provider;
CREATE ALGORITHM = MERGE VIEW catalogue_course AS
    SELECT id, provider_id, code, title, summary, format, level, study_load_hours, cost_cents, language,
           employer_approval_required, published
    FROM course;
CREATE ALGORITHM = MERGE VIEW catalogue_edition AS
    SELECT id, course_id, start_date, end_date, online, location_name, location_town, capacity, seats_taken,
           enrolment_deadline, cancellation_deadline, status
    FROM edition;
CREATE ALGORITHM = MERGE VIEW catalogue_meeting AS
    SELECT id, edition_id, seq, starts_at, ends_at, topic FROM meeting;
CREATE ALGORITHM = MERGE VIEW catalogue_pathway AS
    SELECT id, code, title, summary, duration_months, outcome FROM pathway;
CREATE ALGORITHM = MERGE VIEW catalogue_pathway_step AS
    SELECT id, pathway_id, position, kind, course_id, title, planned_month FROM pathway_step;
-- The one view another feature writes through: enrolment keeps the seat counter under the edition's row
-- lock (DD006, DD012). Only seats_taken is written; the CHECK constraints of edition still hold.
CREATE ALGORITHM = MERGE VIEW catalogue_edition_seats AS
    SELECT id, capacity, seats_taken, status FROM edition;

-- people
CREATE ALGORITHM = MERGE VIEW people_region AS
    SELECT id, code, name FROM region;
CREATE ALGORITHM = MERGE VIEW people_board AS
    SELECT id, region_id, code, name FROM board;
CREATE ALGORITHM = MERGE VIEW people_school AS
    SELECT id, board_id, brin, name, sector, town FROM school;
CREATE ALGORITHM = MERGE VIEW people_employee AS
    SELECT id, board_id, school_id, employee_number, first_name, name_prefix, last_name, email, job_function,
           preferred_locale, started_on
    FROM employee;

-- security: accounts without their password hash
CREATE ALGORITHM = MERGE VIEW security_account AS
    SELECT id, username, display_name, email, employee_id, board_id, provider_id, enabled FROM user_account;
CREATE ALGORITHM = MERGE VIEW security_account_role AS
    SELECT user_account_id, role FROM user_account_role;

-- A meeting with registered attendance is not removed (it was a check by the catalogue reading enrolment's
-- table). Enrolment's table now says so itself: its reference to the meeting restricts the delete, and the
-- catalogue turns the refusal into its message, without reading attendance.
ALTER TABLE attendance DROP FOREIGN KEY fk_attendance_meeting;
ALTER TABLE attendance ADD CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
    ON DELETE RESTRICT;
