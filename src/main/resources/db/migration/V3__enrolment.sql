-- Enrolment: who holds a seat, who waits, who is offered a seat; every change is kept in an audit trail.
-- Capacity is guarded by edition.seats_taken (CHECK seats_taken <= capacity) under a row lock on the
-- edition; waitlist positions are unique per edition and kept without gaps by the same lock.

-- Until when participants may cancel themselves; NULL means: the enrolment deadline.
ALTER TABLE edition
    ADD COLUMN cancellation_deadline DATE NULL AFTER enrolment_deadline,
    ADD CONSTRAINT ck_edition_cancellation CHECK (cancellation_deadline IS NULL OR cancellation_deadline <= start_date);

CREATE TABLE enrolment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    edition_id          BIGINT       NOT NULL,
    employee_id         BIGINT       NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    waitlist_position   INT,
    offer_expires_at    DATETIME(6),
    booked_by           BIGINT,
    reason              VARCHAR(500),
    hours_credited      INT,
    completed_on        DATE,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_enrolment_person UNIQUE (edition_id, employee_id),
    CONSTRAINT uk_enrolment_waitlist UNIQUE (edition_id, waitlist_position),
    CONSTRAINT fk_enrolment_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    CONSTRAINT fk_enrolment_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_enrolment_booked_by FOREIGN KEY (booked_by) REFERENCES user_account (id),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('REQUESTED', 'AWAITING_APPROVAL', 'ENROLLED', 'WAITLISTED',
        'OFFERED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    CONSTRAINT ck_enrolment_waitlist CHECK ((status = 'WAITLISTED') = (waitlist_position IS NOT NULL)
        AND (waitlist_position IS NULL OR waitlist_position > 0)),
    CONSTRAINT ck_enrolment_offer CHECK ((status = 'OFFERED') = (offer_expires_at IS NOT NULL)),
    CONSTRAINT ck_enrolment_completion CHECK ((status = 'COMPLETED') = (completed_on IS NOT NULL)),
    INDEX ix_enrolment_employee (employee_id, status),
    INDEX ix_enrolment_offer (status, offer_expires_at),
    INDEX ix_enrolment_edition_status (edition_id, status, created_at)
) ENGINE=InnoDB;

CREATE TABLE enrolment_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id  BIGINT       NOT NULL,
    edition_id    BIGINT       NOT NULL,
    employee_id   BIGINT       NOT NULL,
    board_id      BIGINT       NOT NULL,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)  NOT NULL,
    waitlist_position INT,
    actor_id      BIGINT,
    actor_name    VARCHAR(160) NOT NULL,
    reason        VARCHAR(500),
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_enrolment_event_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    INDEX ix_enrolment_event_enrolment (enrolment_id, id),
    INDEX ix_enrolment_event_board (board_id, created_at)
) ENGINE=InnoDB;

CREATE TABLE attendance (
    meeting_id    BIGINT      NOT NULL,
    enrolment_id  BIGINT      NOT NULL,
    present       BOOLEAN     NOT NULL,
    recorded_by   BIGINT,
    recorded_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (meeting_id, enrolment_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
) ENGINE=InnoDB;

-- Outgoing e-mail, written in the same transaction as the change it reports, sent by a job (outbox).
CREATE TABLE mail_outbox (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient     VARCHAR(190) NOT NULL,
    subject       VARCHAR(255) NOT NULL,
    body          TEXT         NOT NULL,
    ics           TEXT,
    status        VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
    attempts      INT          NOT NULL DEFAULT 0,
    last_error    VARCHAR(500),
    created_at    DATETIME(6)  NOT NULL,
    sent_at       DATETIME(6),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    INDEX ix_mail_outbox_pending (status, id)
) ENGINE=InnoDB;
