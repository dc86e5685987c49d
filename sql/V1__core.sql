-- Core: the audit trail. Valid on H2 2.x and PostgreSQL.
-- EclipseLink takes the value it reads as the last of a block of 50: start at 50.
CREATE SEQUENCE core_audit_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE core_audit (
  id             BIGINT        NOT NULL PRIMARY KEY,
  at_time        TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_uid      VARCHAR(64)   NOT NULL,
  acting_for_uid VARCHAR(64),
  basis          VARCHAR(200),
  action         VARCHAR(100)  NOT NULL,
  subject_type   VARCHAR(50)   NOT NULL,
  subject_id     VARCHAR(100)  NOT NULL,
  detail         VARCHAR(2000)
);
CREATE INDEX core_audit_subject ON core_audit (subject_type, subject_id);
CREATE INDEX core_audit_actor ON core_audit (actor_uid, at_time);
CREATE INDEX core_audit_acting_for ON core_audit (acting_for_uid, at_time);
