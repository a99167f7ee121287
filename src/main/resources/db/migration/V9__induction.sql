-- Induction: programmes (the desk's regional templates and each board's tailored copy), starters placed in
-- them with their facilities, mentor pairings with their lifecycle, and the private guidance log.

-- people: the line manager (who assesses, and so may never mentor) and the subjects someone teaches.
ALTER TABLE employee
    ADD COLUMN line_manager_id BIGINT NULL AFTER job_function,
    ADD COLUMN subjects VARCHAR(255) NULL AFTER line_manager_id,
    ADD CONSTRAINT fk_employee_line_manager FOREIGN KEY (line_manager_id) REFERENCES employee (id)
        ON DELETE SET NULL;

CREATE OR REPLACE ALGORITHM = MERGE VIEW people_employee AS
    SELECT id, board_id, school_id, employee_number, first_name, name_prefix, last_name, email, job_function,
           line_manager_id, subjects, preferred_locale, started_on
    FROM employee;

-- catalogue: which themes a course has (induction looks for completed mentor training, theme BEGELEIDING).
CREATE ALGORITHM = MERGE VIEW catalogue_course_theme AS
    SELECT course_id, theme FROM course_theme;

-- enrolment: who completed which course, and when.
CREATE ALGORITHM = MERGE VIEW enrolment_completion AS
    SELECT employee_id, edition_id, completed_on FROM enrolment WHERE status = 'COMPLETED';

-- A programme: a regional template of the desk (board_id NULL) or a board's adopted and tailored copy.
CREATE TABLE induction_programme (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    board_id           BIGINT       NULL,
    kind               VARCHAR(24)  NOT NULL,
    name               VARCHAR(160) NOT NULL,
    years              INT          NOT NULL,
    -- A board's copy: the template it was adopted from, and the template revision it last reviewed.
    template_id        BIGINT       NULL,
    template_revision  INT          NULL,
    -- A template: raised by every change, so a board's copy can tell it is behind.
    revision           INT          NOT NULL DEFAULT 1,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    template_kind      VARCHAR(24) AS (CASE WHEN board_id IS NULL THEN kind END) STORED,
    CONSTRAINT uk_induction_programme_board_kind UNIQUE (board_id, kind),
    CONSTRAINT uk_induction_programme_template_kind UNIQUE (template_kind),
    CONSTRAINT fk_induction_programme_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_induction_programme_template FOREIGN KEY (template_id) REFERENCES induction_programme (id),
    CONSTRAINT ck_induction_programme_kind
        CHECK (kind IN ('STARTING_TEACHER', 'SCHOOL_LEADER', 'TEACHING_ASSISTANT', 'SIDE_ENTRANT')),
    CONSTRAINT ck_induction_programme_years CHECK (years BETWEEN 1 AND 5),
    CONSTRAINT ck_induction_programme_copy CHECK ((board_id IS NULL) = (template_id IS NULL))
) ENGINE=InnoDB;

-- What a starter does in a year of a programme, how often, and who helps with it.
CREATE TABLE induction_milestone (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id          BIGINT       NOT NULL,
    -- In a board's copy: the template milestone it came from (NULL for one the board added).
    origin_id             BIGINT       NULL,
    year_no               INT          NOT NULL,
    position              INT          NOT NULL,
    kind                  VARCHAR(24)  NOT NULL,
    title                 VARCHAR(200) NOT NULL,
    required_count        INT          NOT NULL,
    helper                VARCHAR(16)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_induction_milestone_programme FOREIGN KEY (programme_id) REFERENCES induction_programme (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_induction_milestone_origin FOREIGN KEY (origin_id) REFERENCES induction_milestone (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_induction_milestone_kind CHECK (kind IN ('MENTOR_CONVERSATION', 'CLASSROOM_OBSERVATION',
        'INTERVISION', 'COURSE', 'REFLECTION')),
    CONSTRAINT ck_induction_milestone_helper CHECK (helper IN ('MENTOR', 'SCHOOL_CONTACT', 'HR', 'DESK')),
    CONSTRAINT ck_induction_milestone_count CHECK (required_count BETWEEN 1 AND 20),
    CONSTRAINT ck_induction_milestone_year CHECK (year_no BETWEEN 1 AND 5),
    INDEX ix_induction_milestone_programme (programme_id, year_no, position)
) ENGINE=InnoDB;

-- A board's settings for induction: whether its mentors may help other boards' starters, and its signals.
CREATE TABLE induction_board_setting (
    board_id             BIGINT   NOT NULL PRIMARY KEY,
    mentors_outside      BOOLEAN  NOT NULL DEFAULT FALSE,
    unpaired_days        INT      NOT NULL DEFAULT 14,
    quiet_weeks          INT      NOT NULL DEFAULT 6,
    version              BIGINT   NOT NULL DEFAULT 0,
    CONSTRAINT fk_induction_board_setting_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT ck_induction_board_setting_days CHECK (unpaired_days BETWEEN 1 AND 365),
    CONSTRAINT ck_induction_board_setting_weeks CHECK (quiet_weeks BETWEEN 1 AND 52)
) ENGINE=InnoDB;

-- A starter placed in their board's programme.
CREATE TABLE induction_placement (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    employee_id         BIGINT       NOT NULL,
    board_id            BIGINT       NOT NULL,
    programme_id        BIGINT       NOT NULL,
    started_on          DATE         NOT NULL,
    school_contact_id   BIGINT       NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_induction_placement_employee UNIQUE (employee_id),
    CONSTRAINT fk_induction_placement_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_induction_placement_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_induction_placement_programme FOREIGN KEY (programme_id) REFERENCES induction_programme (id),
    CONSTRAINT fk_induction_placement_contact FOREIGN KEY (school_contact_id) REFERENCES employee (id)
        ON DELETE SET NULL,
    INDEX ix_induction_placement_board (board_id, started_on)
) ENGINE=InnoDB;

-- The facility of a starter's year: fewer lessons (percent) or extra hours, as granted and as used so far.
CREATE TABLE induction_facility (
    placement_id   BIGINT      NOT NULL,
    year_no        INT         NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    granted        INT         NOT NULL,
    used           INT         NOT NULL DEFAULT 0,
    updated_at     DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (placement_id, year_no),
    CONSTRAINT fk_induction_facility_placement FOREIGN KEY (placement_id) REFERENCES induction_placement (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_induction_facility_kind CHECK (kind IN ('REDUCED_LESSONS', 'EXTRA_HOURS')),
    CONSTRAINT ck_induction_facility_amounts CHECK (granted >= 0 AND used >= 0 AND used <= granted)
) ENGINE=InnoDB;

-- A milestone done outside the log (an observation, a reflection, ...): counted towards its year.
CREATE TABLE induction_milestone_done (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id   BIGINT       NOT NULL,
    milestone_id   BIGINT       NOT NULL,
    done_on        DATE         NOT NULL,
    note           VARCHAR(300) NULL,
    recorded_by    VARCHAR(160) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_induction_milestone_done_placement FOREIGN KEY (placement_id) REFERENCES induction_placement (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_induction_milestone_done_milestone FOREIGN KEY (milestone_id) REFERENCES induction_milestone (id)
        ON DELETE CASCADE,
    INDEX ix_induction_milestone_done (placement_id, milestone_id)
) ENGINE=InnoDB;

-- Who may mentor how many starters at a time. live_pairings is kept by the pairing service with a conditional
-- update (live_pairings < capacity), so two HR officers can never both take a mentor's last place.
CREATE TABLE mentor_profile (
    employee_id    BIGINT  NOT NULL PRIMARY KEY,
    capacity       INT     NOT NULL DEFAULT 2,
    live_pairings  INT     NOT NULL DEFAULT 0,
    version        BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT fk_mentor_profile_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_mentor_profile_capacity CHECK (capacity BETWEEN 0 AND 12),
    CONSTRAINT ck_mentor_profile_live CHECK (live_pairings >= 0)
) ENGINE=InnoDB;

-- A starter and their mentor. Proposed -> active (the mentor accepts) -> paused -> ended, or handed over to
-- another mentor (a new pairing, this one kept as history). At most one live pairing per starter.
CREATE TABLE mentor_pairing (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id     BIGINT       NOT NULL,
    starter_id       BIGINT       NOT NULL,
    mentor_id        BIGINT       NOT NULL,
    board_id         BIGINT       NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    score            INT          NULL,
    proposed_at      DATETIME(6)  NOT NULL,
    proposed_by      VARCHAR(160) NOT NULL,
    accepted_at      DATETIME(6)  NULL,
    ended_at         DATETIME(6)  NULL,
    end_reason       VARCHAR(500) NULL,
    handed_over_to   BIGINT       NULL,
    starter_fit      BOOLEAN      NULL,
    mentor_fit       BOOLEAN      NULL,
    fit_asked_at     DATETIME(6)  NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    live_starter_id  BIGINT AS (CASE WHEN status IN ('PROPOSED', 'ACTIVE', 'PAUSED') THEN starter_id END) STORED,
    CONSTRAINT uk_mentor_pairing_live_starter UNIQUE (live_starter_id),
    CONSTRAINT fk_mentor_pairing_placement FOREIGN KEY (placement_id) REFERENCES induction_placement (id),
    CONSTRAINT fk_mentor_pairing_starter FOREIGN KEY (starter_id) REFERENCES employee (id),
    CONSTRAINT fk_mentor_pairing_mentor FOREIGN KEY (mentor_id) REFERENCES employee (id),
    CONSTRAINT fk_mentor_pairing_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_mentor_pairing_successor FOREIGN KEY (handed_over_to) REFERENCES mentor_pairing (id),
    CONSTRAINT ck_mentor_pairing_status CHECK (status IN ('PROPOSED', 'ACTIVE', 'PAUSED', 'ENDED', 'HANDED_OVER')),
    CONSTRAINT ck_mentor_pairing_self CHECK (starter_id <> mentor_id),
    INDEX ix_mentor_pairing_mentor (mentor_id, status),
    INDEX ix_mentor_pairing_starter (starter_id, proposed_at),
    INDEX ix_mentor_pairing_board (board_id, status)
) ENGINE=InnoDB;

-- The guidance log: what mentor and starter discussed. Its contents are for the two of them; only an entry the
-- starter shares is readable by the board's HR, and only while it is shared.
CREATE TABLE guidance_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    pairing_id       BIGINT       NOT NULL,
    met_on           DATE         NOT NULL,
    topics           VARCHAR(2000) NOT NULL,
    agreements       VARCHAR(2000) NULL,
    next_step        VARCHAR(1000) NULL,
    written_by       BIGINT       NOT NULL,
    shared_with_hr   BOOLEAN      NOT NULL DEFAULT FALSE,
    shared_at        DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_guidance_entry_pairing FOREIGN KEY (pairing_id) REFERENCES mentor_pairing (id),
    CONSTRAINT fk_guidance_entry_author FOREIGN KEY (written_by) REFERENCES employee (id),
    INDEX ix_guidance_entry_pairing (pairing_id, met_on)
) ENGINE=InnoDB;

-- Guidance meetings planned ahead, each sent to both as a calendar entry.
CREATE TABLE guidance_meeting (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    pairing_id    BIGINT       NOT NULL,
    starts_at     DATETIME     NOT NULL,
    ends_at       DATETIME     NOT NULL,
    place         VARCHAR(200) NOT NULL,
    cancelled     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_guidance_meeting_pairing FOREIGN KEY (pairing_id) REFERENCES mentor_pairing (id),
    CONSTRAINT ck_guidance_meeting_times CHECK (ends_at > starts_at),
    INDEX ix_guidance_meeting_pairing (pairing_id, starts_at)
) ENGINE=InnoDB;
