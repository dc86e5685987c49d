-- Delegation module: absences, the catalogue of named powers, delegations of authority (with their
-- powers) and the record of every action done acting for someone.
-- Valid on H2 2.x (no MODE) and PostgreSQL 14+. Ids: one sequence per table, START WITH 1000
-- INCREMENT BY 50 (JPA allocationSize = 50). Periods are half-open: [valid_from, valid_until).

-- A person is away (leave, official travel, a vacant post, other) for [valid_from, valid_until).
CREATE SEQUENCE dlg_absence_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE dlg_absence (
  id               BIGINT        NOT NULL PRIMARY KEY,
  person_uid       VARCHAR(64)   NOT NULL,
  kind             VARCHAR(20)   NOT NULL,
  valid_from       TIMESTAMP WITH TIME ZONE NOT NULL,
  valid_until      TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_by      VARCHAR(64)   NOT NULL,
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  note             VARCHAR(1000),
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT ck_dlg_absence_kind CHECK (kind IN ('LEAVE', 'OFFICIAL_TRAVEL', 'VACANCY', 'OTHER')),
  CONSTRAINT ck_dlg_absence_period CHECK (valid_from < valid_until)
);
CREATE INDEX ix_dlg_absence_person ON dlg_absence (person_uid, valid_from);
CREATE INDEX ix_dlg_absence_period ON dlg_absence (valid_from, valid_until);

-- A named power the forms need. holder_level says whose power it is by position: the head of the
-- unit concerned (UNIT) or the head of the office (OFFICE). holder_ceiling is the amount the
-- holder may approve by their own position (NULL: no ceiling of their own).
CREATE TABLE dlg_power (
  code             VARCHAR(40)   NOT NULL PRIMARY KEY,
  name_th          VARCHAR(300)  NOT NULL,
  name_en          VARCHAR(300)  NOT NULL,
  form_codes       VARCHAR(100),
  holder_level     VARCHAR(10)   NOT NULL,
  holder_ceiling   NUMERIC(14,2),
  sort_order       INTEGER       NOT NULL,
  CONSTRAINT ck_dlg_power_level CHECK (holder_level IN ('UNIT', 'OFFICE')),
  CONSTRAINT ck_dlg_power_ceiling CHECK (holder_ceiling IS NULL OR holder_ceiling >= 0)
);

-- A delegation of authority (มอบอำนาจ): the delegator gives named powers, within a unit (and the
-- units under it), optionally up to an amount, to a person (delegate_kind PERSON, delegate_ref a
-- directory uid) or to whoever heads a unit (POSITION, delegate_ref a unit code) for
-- [valid_from, valid_until). parent_id is set when a delegate re-delegates what they were given.
CREATE SEQUENCE dlg_delegation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE dlg_delegation (
  id               BIGINT        NOT NULL PRIMARY KEY,
  delegator_uid    VARCHAR(64)   NOT NULL,
  delegate_kind    VARCHAR(10)   NOT NULL,
  delegate_ref     VARCHAR(64)   NOT NULL,
  unit_code        VARCHAR(40)   NOT NULL,
  ceiling          NUMERIC(14,2),
  valid_from       TIMESTAMP WITH TIME ZONE NOT NULL,
  valid_until      TIMESTAMP WITH TIME ZONE NOT NULL,
  basis_order      VARCHAR(100),
  basis_memo       VARCHAR(1000),
  redelegable      BOOLEAN       DEFAULT FALSE NOT NULL,
  parent_id        BIGINT,
  created_by       VARCHAR(64)   NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at       TIMESTAMP WITH TIME ZONE,
  revoked_by       VARCHAR(64),
  revoke_reason    VARCHAR(1000),
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT ck_dlg_delegation_kind CHECK (delegate_kind IN ('PERSON', 'POSITION')),
  CONSTRAINT ck_dlg_delegation_period CHECK (valid_from < valid_until),
  CONSTRAINT ck_dlg_delegation_ceiling CHECK (ceiling IS NULL OR ceiling >= 0),
  CONSTRAINT ck_dlg_delegation_basis CHECK (basis_order IS NOT NULL OR basis_memo IS NOT NULL),
  CONSTRAINT ck_dlg_delegation_revoked CHECK ((revoked_at IS NULL AND revoked_by IS NULL)
                                           OR (revoked_at IS NOT NULL AND revoked_by IS NOT NULL AND revoke_reason IS NOT NULL)),
  CONSTRAINT fk_dlg_delegation_parent FOREIGN KEY (parent_id) REFERENCES dlg_delegation (id)
);
CREATE INDEX ix_dlg_delegation_delegator ON dlg_delegation (delegator_uid, valid_until);
CREATE INDEX ix_dlg_delegation_delegate ON dlg_delegation (delegate_ref, valid_until);
CREATE INDEX ix_dlg_delegation_period ON dlg_delegation (valid_from, valid_until);

CREATE TABLE dlg_delegation_power (
  delegation_id    BIGINT        NOT NULL,
  power_code       VARCHAR(40)   NOT NULL,
  CONSTRAINT pk_dlg_delegation_power PRIMARY KEY (delegation_id, power_code),
  CONSTRAINT fk_dlg_delegation_power_delegation FOREIGN KEY (delegation_id) REFERENCES dlg_delegation (id),
  CONSTRAINT fk_dlg_delegation_power_power FOREIGN KEY (power_code) REFERENCES dlg_power (code)
);

-- Every use of a power on someone else's behalf: who really acted, for whom, on what basis, on
-- what. Written in the transaction of the action itself; never updated, never deleted.
CREATE SEQUENCE dlg_acting_record_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE dlg_acting_record (
  id               BIGINT        NOT NULL PRIMARY KEY,
  at_time          TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_uid        VARCHAR(64)   NOT NULL,
  acting_for_uid   VARCHAR(64),
  basis_kind       VARCHAR(20)   NOT NULL,
  basis_text       VARCHAR(500)  NOT NULL,
  order_number     VARCHAR(100),
  duty_number      VARCHAR(20),
  delegation_id    BIGINT,
  power_code       VARCHAR(40)   NOT NULL,
  unit_code        VARCHAR(40)   NOT NULL,
  amount           NUMERIC(14,2),
  subject_type     VARCHAR(50)   NOT NULL,
  subject_id       VARCHAR(100)  NOT NULL,
  CONSTRAINT ck_dlg_acting_record_kind CHECK (basis_kind IN ('STAND_IN', 'ACTING_HEAD', 'DELEGATION', 'ESCALATION'))
);
CREATE INDEX ix_dlg_acting_record_actor ON dlg_acting_record (actor_uid, at_time);
CREATE INDEX ix_dlg_acting_record_for ON dlg_acting_record (acting_for_uid, at_time);
CREATE INDEX ix_dlg_acting_record_at ON dlg_acting_record (at_time);
