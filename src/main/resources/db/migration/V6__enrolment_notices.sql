-- Enrolment changes waiting to be written as mails (DD012). The change's transaction adds one small row here;
-- a job turns the rows into mails in mail_outbox (reading the person, edition and meetings then) and deletes
-- them. The edition's row lock is so held only for the change itself, not for composing its mails.

CREATE TABLE enrolment_notice (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id      BIGINT       NOT NULL,
    -- The audit row of the change: the calendar's SEQUENCE counts the enrolment's changes up to this one.
    event_id          BIGINT       NOT NULL,
    edition_id        BIGINT       NOT NULL,
    employee_id       BIGINT       NOT NULL,
    from_status       VARCHAR(20),
    to_status         VARCHAR(20)  NOT NULL,
    waitlist_position INT,
    offer_expires_at  DATETIME(6),
    reason            VARCHAR(500),
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_enrolment_notice_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id) ON DELETE CASCADE
) ENGINE=InnoDB;

