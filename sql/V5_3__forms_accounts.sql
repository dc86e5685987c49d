-- Issue 8: user accounts (F08), ID cards (F09) and access to information systems (F14).
-- The form's common part is frm_submission; these are the forms' own fields.
-- PDPA: no citizen ID and no password anywhere; only what identifying a user needs.

-- F08: the account asked for, and what became of it. One row per request.
CREATE TABLE frm_account (
  submission_id   BIGINT        NOT NULL PRIMARY KEY,
  account_uid     VARCHAR(64)   NOT NULL,
  thai_name       VARCHAR(200)  NOT NULL,
  english_name    VARCHAR(200),
  position_title  VARCHAR(200),
  unit_name       VARCHAR(300)  NOT NULL,
  mail            VARCHAR(200),
  services        VARCHAR(200)  NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE,
  created_by      VARCHAR(64),
  card_token      VARCHAR(64),
  card_valid_until DATE,
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT frm_account_submission_fk FOREIGN KEY (submission_id) REFERENCES frm_submission (id),
  CONSTRAINT frm_account_token_uq UNIQUE (card_token)
);
CREATE INDEX frm_account_uid_ix ON frm_account (account_uid);
CREATE INDEX frm_account_status_ix ON frm_account (status);

-- F14: access to an information system for a period [valid_from, valid_until] (whole days,
-- Asia/Bangkok), granted on approval, ended by expiry, by the unit director's review or revoked.
CREATE TABLE frm_access (
  submission_id   BIGINT        NOT NULL PRIMARY KEY,
  system_code     VARCHAR(20)   NOT NULL,
  role_wanted     VARCHAR(100)  NOT NULL,
  holder_uid      VARCHAR(64)   NOT NULL,
  holder_name     VARCHAR(200)  NOT NULL,
  unit_code       VARCHAR(40)   NOT NULL,
  valid_from      DATE          NOT NULL,
  valid_until     DATE          NOT NULL,
  granted_at      TIMESTAMP WITH TIME ZONE,
  granted_by      VARCHAR(64),
  ended_at        TIMESTAMP WITH TIME ZONE,
  ended_by        VARCHAR(64),
  end_reason      VARCHAR(20),
  reviewed_at     TIMESTAMP WITH TIME ZONE,
  reviewed_by     VARCHAR(64),
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT frm_access_submission_fk FOREIGN KEY (submission_id) REFERENCES frm_submission (id)
);
CREATE INDEX frm_access_holder_ix ON frm_access (holder_uid);
CREATE INDEX frm_access_open_ix ON frm_access (granted_at, ended_at, valid_until);
CREATE INDEX frm_access_unit_ix ON frm_access (unit_code);
