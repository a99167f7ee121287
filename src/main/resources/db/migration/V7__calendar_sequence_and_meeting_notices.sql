-- Calendar entries through the portal's mail API (notification) and meeting changes mailed to participants
-- (enrolment). See DD015.

-- notification: the SEQUENCE last written for each calendar UID. Raised by one, in the writer's transaction,
-- each time an entry for the UID is written, so every later REQUEST or CANCEL of an entry has a higher number.
CREATE TABLE calendar_sequence (
    uid       VARCHAR(255) NOT NULL PRIMARY KEY,
    sequence  INT          NOT NULL,
    CONSTRAINT ck_calendar_sequence CHECK (sequence >= 0)
) ENGINE=InnoDB;

-- notification: one row, locked by every batch that composes mails from notices, so batches of all
-- composers on all nodes run one after the other and calendar updates keep the order of the changes.
CREATE TABLE mail_compose_lock (
    id TINYINT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO mail_compose_lock (id) VALUES (1);

-- enrolment: meetings of an edition that a provider changed (time, topic or the edition's place), added or
-- removed, waiting to be mailed to the edition's enrolled participants. A removed meeting keeps its times and
-- topic here: its row in meeting is gone, and the cancellation still has to say which meeting it was.
CREATE TABLE meeting_notice (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    edition_id  BIGINT       NOT NULL,
    meeting_id  BIGINT       NOT NULL,
    change_kind VARCHAR(10)  NOT NULL,
    starts_at   DATETIME,
    ends_at     DATETIME,
    topic       VARCHAR(200),
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT ck_meeting_notice_kind CHECK (change_kind IN ('CHANGED', 'ADDED', 'REMOVED')),
    CONSTRAINT ck_meeting_notice_removed CHECK (change_kind <> 'REMOVED' OR (starts_at IS NOT NULL AND ends_at IS NOT NULL)),
    CONSTRAINT fk_meeting_notice_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE
) ENGINE=InnoDB;
