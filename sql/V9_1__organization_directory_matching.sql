-- Directory matching and the nightly directory sync (issue 18). Valid on H2 2.x and PostgreSQL 14+.
--
-- org_staff.directory_state: what the last sync (or the acceptance of a match) found for the
-- person's uid in the office's directory: ACTIVE, DISABLED (the account exists but is disabled:
-- AD userAccountControl bit 2, OpenLDAP pwdAccountLockedTime, or the configured filter) or
-- REMOVED (no account with that uid any more); NULL = never checked (or no uid). A DISABLED or
-- REMOVED person does not act in the acting resolution (their stand-in duties pass over them).
ALTER TABLE org_staff ADD COLUMN directory_state VARCHAR(16);
ALTER TABLE org_staff ADD COLUMN directory_checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE org_staff ADD CONSTRAINT ck_org_staff_directory_state
  CHECK (directory_state IS NULL OR directory_state IN ('ACTIVE', 'DISABLED', 'REMOVED'));

-- One row per run of the directory sync (scheduled or started on the matching page): what it saw
-- and what it changed, for the matching page. A run that could not read the directory changes
-- nothing and says why.
CREATE SEQUENCE org_directory_sync_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_directory_sync (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  ran_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  started_by           VARCHAR(64)   NOT NULL,
  outcome              VARCHAR(16)   NOT NULL,
  accounts_seen        INTEGER       DEFAULT 0 NOT NULL,
  staff_checked        INTEGER       DEFAULT 0 NOT NULL,
  changes              INTEGER       DEFAULT 0 NOT NULL,
  exact_proposals      INTEGER       DEFAULT 0 NOT NULL,
  detail               VARCHAR(4000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT ck_org_directory_sync_outcome CHECK (outcome IN ('DONE', 'UNREACHABLE', 'REFUSED'))
);
CREATE INDEX ix_org_directory_sync_ran_at ON org_directory_sync (ran_at);
