-- Foundation schema: region, boards, schools, providers, people, accounts, catalogue and pathways.
-- Flyway owns the schema; Hibernate only validates it. Enumerations are stored as their code
-- (VARCHAR) so the list can grow without a schema change.

CREATE TABLE region (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    CONSTRAINT uk_region_code UNIQUE (code)
) ENGINE=InnoDB;

CREATE TABLE board (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    region_id   BIGINT       NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(160) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_board_code UNIQUE (code),
    CONSTRAINT fk_board_region FOREIGN KEY (region_id) REFERENCES region (id)
) ENGINE=InnoDB;

CREATE TABLE school (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    board_id    BIGINT       NOT NULL,
    brin        VARCHAR(6)   NOT NULL,
    name        VARCHAR(160) NOT NULL,
    sector      VARCHAR(8)   NOT NULL,
    town        VARCHAR(80)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_school_brin UNIQUE (brin),
    CONSTRAINT fk_school_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT ck_school_sector CHECK (sector IN ('PO', 'SO', 'VO', 'MBO'))
) ENGINE=InnoDB;

CREATE TABLE provider (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(160) NOT NULL,
    kind        VARCHAR(24)  NOT NULL,
    town        VARCHAR(80)  NOT NULL,
    website     VARCHAR(255),
    board_id    BIGINT,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_provider_code UNIQUE (code),
    CONSTRAINT fk_provider_board FOREIGN KEY (board_id) REFERENCES board (id)
) ENGINE=InnoDB;

CREATE TABLE employee (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    board_id         BIGINT       NOT NULL,
    school_id        BIGINT,
    employee_number  VARCHAR(40)  NOT NULL,
    first_name       VARCHAR(80)  NOT NULL,
    name_prefix      VARCHAR(20),
    last_name        VARCHAR(80)  NOT NULL,
    email            VARCHAR(190) NOT NULL,
    job_function     VARCHAR(32)  NOT NULL,
    preferred_locale VARCHAR(8)   NOT NULL DEFAULT 'nl',
    started_on       DATE,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_employee_email UNIQUE (email),
    CONSTRAINT uk_employee_number UNIQUE (board_id, employee_number),
    CONSTRAINT fk_employee_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_employee_school FOREIGN KEY (school_id) REFERENCES school (id),
    INDEX ix_employee_board_name (board_id, last_name, first_name),
    INDEX ix_employee_school (school_id)
) ENGINE=InnoDB;

CREATE TABLE user_account (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(120) NOT NULL,
    password_hash  VARCHAR(100),
    display_name   VARCHAR(160) NOT NULL,
    email          VARCHAR(190),
    employee_id    BIGINT,
    board_id       BIGINT,
    provider_id    BIGINT,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT uk_user_account_employee UNIQUE (employee_id),
    CONSTRAINT fk_user_account_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_user_account_board FOREIGN KEY (board_id) REFERENCES board (id),
    CONSTRAINT fk_user_account_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE=InnoDB;

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(24) NOT NULL,
    PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_user_account_role CHECK (role IN ('EMPLOYEE', 'HR', 'MENTOR', 'PROVIDER', 'COORDINATOR'))
) ENGINE=InnoDB;

CREATE TABLE course (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    provider_id                BIGINT        NOT NULL,
    code                       VARCHAR(40)   NOT NULL,
    title                      VARCHAR(200)  NOT NULL,
    summary                    VARCHAR(500)  NOT NULL,
    description                TEXT          NOT NULL,
    format                     VARCHAR(16)   NOT NULL,
    level                      VARCHAR(16)   NOT NULL,
    study_load_hours           INT           NOT NULL,
    cost_cents                 INT           NOT NULL,
    language                   VARCHAR(8)    NOT NULL DEFAULT 'nl',
    employer_approval_required BOOLEAN       NOT NULL DEFAULT FALSE,
    published                  BOOLEAN       NOT NULL DEFAULT TRUE,
    -- Provider name and theme labels, kept in step by CatalogueService, so one FULLTEXT index
    -- covers everything a visitor searches for.
    search_text                TEXT          NOT NULL,
    -- Start of the first upcoming open or planned edition: derived from edition, refreshed by
    -- CatalogueService when editions change and daily, so the catalogue can sort by it fast.
    next_start_date            DATE,
    -- next_start_date with "no upcoming edition" sorting last: the catalogue's start-date order, kept
    -- by MariaDB so that ix_course_start_order can deliver a page without sorting every course.
    next_start_sort            DATE AS (COALESCE(next_start_date, DATE '9999-12-31')) STORED,
    created_at                 DATETIME(6)   NOT NULL,
    updated_at                 DATETIME(6)   NOT NULL,
    version                    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_course_code UNIQUE (code),
    CONSTRAINT fk_course_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT ck_course_format CHECK (format IN ('ON_SITE', 'ONLINE', 'BLENDED')),
    CONSTRAINT ck_course_level CHECK (level IN ('INTRODUCTORY', 'ADVANCED', 'SPECIALIST')),
    CONSTRAINT ck_course_load CHECK (study_load_hours > 0),
    CONSTRAINT ck_course_cost CHECK (cost_cents >= 0),
    INDEX ix_course_provider (provider_id),
    INDEX ix_course_format (format),
    INDEX ix_course_level (level),
    INDEX ix_course_next_start (published, next_start_date),
    INDEX ix_course_start_order (published, next_start_sort, title, id),
    FULLTEXT INDEX ft_course_title (title),
    FULLTEXT INDEX ft_course_all (title, summary, search_text)
) ENGINE=InnoDB;

CREATE TABLE course_audience (
    course_id    BIGINT      NOT NULL,
    job_function VARCHAR(32) NOT NULL,
    PRIMARY KEY (course_id, job_function),
    INDEX ix_course_audience_function (job_function, course_id),
    CONSTRAINT fk_course_audience_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE course_sector (
    course_id BIGINT     NOT NULL,
    sector    VARCHAR(8) NOT NULL,
    PRIMARY KEY (course_id, sector),
    INDEX ix_course_sector_sector (sector, course_id),
    CONSTRAINT fk_course_sector_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE course_theme (
    course_id BIGINT      NOT NULL,
    theme     VARCHAR(32) NOT NULL,
    PRIMARY KEY (course_id, theme),
    INDEX ix_course_theme_theme (theme, course_id),
    CONSTRAINT fk_course_theme_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE edition (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id           BIGINT       NOT NULL,
    start_date          DATE         NOT NULL,
    end_date            DATE         NOT NULL,
    online              BOOLEAN      NOT NULL DEFAULT FALSE,
    location_name       VARCHAR(160),
    location_town       VARCHAR(80),
    capacity            INT          NOT NULL,
    -- Seats held by enrolments; kept by conditional updates so it can never pass capacity.
    seats_taken         INT          NOT NULL DEFAULT 0,
    enrolment_deadline  DATE         NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_edition_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_edition_dates CHECK (end_date >= start_date AND enrolment_deadline <= start_date),
    CONSTRAINT ck_edition_capacity CHECK (capacity > 0),
    CONSTRAINT ck_edition_seats CHECK (seats_taken >= 0 AND seats_taken <= capacity),
    CONSTRAINT ck_edition_status CHECK (status IN ('PLANNED', 'OPEN', 'CLOSED', 'CANCELLED', 'COMPLETED')),
    CONSTRAINT ck_edition_location CHECK (online OR location_name IS NOT NULL),
    INDEX ix_edition_course_start (course_id, start_date),
    INDEX ix_edition_start_course (start_date, course_id),
    -- Covers the catalogue's edition filters (upcoming, start period, free seats) without row reads.
    INDEX ix_edition_status_start (status, start_date, course_id, enrolment_deadline, seats_taken, capacity)
) ENGINE=InnoDB;

CREATE TABLE meeting (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    edition_id  BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    starts_at   DATETIME     NOT NULL,
    ends_at     DATETIME     NOT NULL,
    topic       VARCHAR(200),
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_meeting_seq UNIQUE (edition_id, seq),
    CONSTRAINT fk_meeting_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE,
    CONSTRAINT ck_meeting_times CHECK (ends_at > starts_at)
) ENGINE=InnoDB;

CREATE TABLE pathway (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(60)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    summary         VARCHAR(500) NOT NULL,
    description     TEXT         NOT NULL,
    duration_months INT          NOT NULL,
    outcome         VARCHAR(500) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_pathway_code UNIQUE (code),
    CONSTRAINT ck_pathway_duration CHECK (duration_months > 0)
) ENGINE=InnoDB;

CREATE TABLE pathway_audience (
    pathway_id   BIGINT      NOT NULL,
    job_function VARCHAR(32) NOT NULL,
    PRIMARY KEY (pathway_id, job_function),
    CONSTRAINT fk_pathway_audience_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE pathway_step (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    pathway_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    course_id    BIGINT,
    title        VARCHAR(200) NOT NULL,
    description  VARCHAR(1000),
    -- Month (from the start of the pathway) in which the step is planned.
    planned_month INT         NOT NULL DEFAULT 1,
    CONSTRAINT uk_pathway_step_position UNIQUE (pathway_id, position),
    CONSTRAINT fk_pathway_step_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id) ON DELETE CASCADE,
    CONSTRAINT fk_pathway_step_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT ck_pathway_step_kind CHECK (kind IN ('COURSE', 'MILESTONE')),
    CONSTRAINT ck_pathway_step_course CHECK ((kind = 'COURSE') = (course_id IS NOT NULL)),
    INDEX ix_pathway_step_course (course_id)
) ENGINE=InnoDB;
