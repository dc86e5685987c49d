-- Notifications by mail (issue 18), owned by modules/notifications; see docs/operations.md,
-- "Mail". Valid on H2 2.x and PostgreSQL. Nothing is written here while no SMTP server is set.

-- Each person's choice: decisions (waiting for them, or on their own requests) by mail at once,
-- or only in the daily digest (the default, when a person has no row).
CREATE TABLE ntf_preference (
  uid                  VARCHAR(64)  NOT NULL PRIMARY KEY,
  immediate_decisions  BOOLEAN      NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by           VARCHAR(64)  NOT NULL
);

-- A step of a request's flow, written by the forms' event in the deciding transaction (so it
-- commits or rolls back with the decision) and turned into immediate mails by the sender's
-- timer; the digest reads the decisions of the day before from here.
CREATE TABLE ntf_event (
  id             BIGINT        NOT NULL PRIMARY KEY,
  submission_id  BIGINT        NOT NULL,
  form_code      VARCHAR(8)    NOT NULL,
  form_name      VARCHAR(300)  NOT NULL,
  number_text    VARCHAR(64),
  subject        VARCHAR(500),
  transition     VARCHAR(16)   NOT NULL,
  state          VARCHAR(16)   NOT NULL,
  requester_uid  VARCHAR(64),
  actor_uid      VARCHAR(64)   NOT NULL,
  step_comment   VARCHAR(2000),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  dispatched_at  TIMESTAMP WITH TIME ZONE
);
CREATE SEQUENCE ntf_event_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX ntf_event_pending ON ntf_event (dispatched_at, id);
CREATE INDEX ntf_event_requester ON ntf_event (requester_uid, created_at);

-- The outbox: one mail to one person, sent by a timer. mail_key makes queuing idempotent (one
-- digest per person and day, one mail per person and event). A sender claims a row by moving it
-- from PENDING to SENDING with a conditional UPDATE, so two instances never send the same row;
-- a failed attempt puts it back to PENDING with next_attempt_at later (backoff). SENT, FAILED
-- (refused for good by the server) and NO_ADDRESS (the directory has no mail for the person)
-- are final.
CREATE TABLE ntf_outbox (
  id               BIGINT        NOT NULL PRIMARY KEY,
  mail_key         VARCHAR(200)  NOT NULL,
  recipient_uid    VARCHAR(64)   NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  subject          VARCHAR(500)  NOT NULL,
  body             VARCHAR(20000) NOT NULL,
  state            VARCHAR(12)   NOT NULL,
  attempts         INTEGER       NOT NULL,
  next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  claim_token      VARCHAR(64),
  claimed_at       TIMESTAMP WITH TIME ZONE,
  sent_to          VARCHAR(320),
  last_error       VARCHAR(1000),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at          TIMESTAMP WITH TIME ZONE,
  CONSTRAINT ntf_outbox_key UNIQUE (mail_key),
  CONSTRAINT ntf_outbox_state CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NO_ADDRESS'))
);
CREATE SEQUENCE ntf_outbox_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX ntf_outbox_due ON ntf_outbox (state, next_attempt_at);
