-- Catalogue search at scale (DD011). A course's audiences, sectors and themes also live in the course row as
-- SET columns, so that the catalogue tests them as part of a scan of one covering index instead of looking
-- them up in three join tables per course. The join tables stay the source; the triggers below keep the
-- copies in step with every insert, update and delete, whoever writes them.

ALTER TABLE course
    ADD COLUMN audiences SET ('LERAAR', 'STARTENDE_LERAAR', 'ONDERWIJSASSISTENT', 'INTERN_BEGELEIDER',
        'SCHOOLLEIDER', 'ZIJ_INSTROMER', 'MENTOR', 'STAFF') NOT NULL DEFAULT '' AFTER search_text,
    ADD COLUMN sectors SET ('PO', 'SO', 'VO', 'MBO') NOT NULL DEFAULT '' AFTER audiences,
    ADD COLUMN themes SET ('PASSEND_ONDERWIJS', 'GEDRAG', 'LEZEN', 'REKENEN', 'TAAL', 'LEIDERSCHAP', 'DIDACTIEK',
        'BEGELEIDING', 'DIGITALE_GELETTERDHEID', 'BURGERSCHAP', 'DIFFERENTIATIE', 'INDUCTIE') NOT NULL DEFAULT ''
        AFTER sectors;

UPDATE course c SET
    c.audiences = (SELECT COALESCE(GROUP_CONCAT(a.job_function), '') FROM course_audience a WHERE a.course_id = c.id),
    c.sectors = (SELECT COALESCE(GROUP_CONCAT(s.sector), '') FROM course_sector s WHERE s.course_id = c.id),
    c.themes = (SELECT COALESCE(GROUP_CONCAT(t.theme), '') FROM course_theme t WHERE t.course_id = c.id);

-- The catalogue's start-date order with every course-level filter in it: a page or a capped count walks this
-- index and stops when it has enough, reading no course rows. It replaces ix_course_start_order (its prefix).
CREATE INDEX ix_course_catalogue ON course
    (published, next_start_sort, title, id, provider_id, format, level, audiences, sectors, themes);
DROP INDEX ix_course_start_order ON course;

-- "Has an upcoming edition that fits" for one course in one index range, without reading edition rows.
-- It replaces ix_edition_course_start (its prefix), which also served the foreign key.
CREATE INDEX ix_edition_course_fit ON edition
    (course_id, start_date, status, enrolment_deadline, seats_taken, capacity);
DROP INDEX ix_edition_course_start ON edition;

CREATE TRIGGER tr_course_audience_insert AFTER INSERT ON course_audience FOR EACH ROW
    UPDATE course c SET c.audiences = (SELECT COALESCE(GROUP_CONCAT(a.job_function), '') FROM course_audience a
        WHERE a.course_id = c.id) WHERE c.id = NEW.course_id;
CREATE TRIGGER tr_course_audience_update AFTER UPDATE ON course_audience FOR EACH ROW
    UPDATE course c SET c.audiences = (SELECT COALESCE(GROUP_CONCAT(a.job_function), '') FROM course_audience a
        WHERE a.course_id = c.id) WHERE c.id IN (OLD.course_id, NEW.course_id);
CREATE TRIGGER tr_course_audience_delete AFTER DELETE ON course_audience FOR EACH ROW
    UPDATE course c SET c.audiences = (SELECT COALESCE(GROUP_CONCAT(a.job_function), '') FROM course_audience a
        WHERE a.course_id = c.id) WHERE c.id = OLD.course_id;

CREATE TRIGGER tr_course_sector_insert AFTER INSERT ON course_sector FOR EACH ROW
    UPDATE course c SET c.sectors = (SELECT COALESCE(GROUP_CONCAT(s.sector), '') FROM course_sector s
        WHERE s.course_id = c.id) WHERE c.id = NEW.course_id;
CREATE TRIGGER tr_course_sector_update AFTER UPDATE ON course_sector FOR EACH ROW
    UPDATE course c SET c.sectors = (SELECT COALESCE(GROUP_CONCAT(s.sector), '') FROM course_sector s
        WHERE s.course_id = c.id) WHERE c.id IN (OLD.course_id, NEW.course_id);
CREATE TRIGGER tr_course_sector_delete AFTER DELETE ON course_sector FOR EACH ROW
    UPDATE course c SET c.sectors = (SELECT COALESCE(GROUP_CONCAT(s.sector), '') FROM course_sector s
        WHERE s.course_id = c.id) WHERE c.id = OLD.course_id;

CREATE TRIGGER tr_course_theme_insert AFTER INSERT ON course_theme FOR EACH ROW
    UPDATE course c SET c.themes = (SELECT COALESCE(GROUP_CONCAT(t.theme), '') FROM course_theme t
        WHERE t.course_id = c.id) WHERE c.id = NEW.course_id;
CREATE TRIGGER tr_course_theme_update AFTER UPDATE ON course_theme FOR EACH ROW
    UPDATE course c SET c.themes = (SELECT COALESCE(GROUP_CONCAT(t.theme), '') FROM course_theme t
        WHERE t.course_id = c.id) WHERE c.id IN (OLD.course_id, NEW.course_id);
CREATE TRIGGER tr_course_theme_delete AFTER DELETE ON course_theme FOR EACH ROW
    UPDATE course c SET c.themes = (SELECT COALESCE(GROUP_CONCAT(t.theme), '') FROM course_theme t
        WHERE t.course_id = c.id) WHERE c.id = OLD.course_id;
