-- Sign-in through an identity provider (Keycloak, OpenID Connect); see DD008.
-- An account is linked to the provider's user by the ID token's "sub" claim, which never changes. The link
-- is made on the first sign-in (by verified e-mail address) or by a coordinator.

ALTER TABLE user_account
    ADD COLUMN external_subject VARCHAR(255) NULL AFTER provider_id,
    ADD CONSTRAINT uk_user_account_external_subject UNIQUE (external_subject),
    ADD INDEX ix_user_account_email (email);

-- Sign-ins that matched no account and no person, kept for the coordinators to link or dismiss.
-- One row per provider user; repeated attempts update it.
CREATE TABLE unlinked_sign_in (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject        VARCHAR(255) NOT NULL,
    username       VARCHAR(120),
    display_name   VARCHAR(160),
    email          VARCHAR(190),
    email_verified BOOLEAN      NOT NULL DEFAULT FALSE,
    -- The portal roles the provider granted, comma-separated, as information for the coordinator.
    roles          VARCHAR(200) NOT NULL DEFAULT '',
    first_seen_at  DATETIME(6)  NOT NULL,
    last_seen_at   DATETIME(6)  NOT NULL,
    attempts       INT          NOT NULL DEFAULT 1,
    CONSTRAINT uk_unlinked_sign_in_subject UNIQUE (subject),
    CONSTRAINT ck_unlinked_sign_in_attempts CHECK (attempts > 0),
    INDEX ix_unlinked_sign_in_last_seen (last_seen_at)
) ENGINE=InnoDB;
