-- Organisation module: office, units and their statutory duties, positions, staff, orders,
-- duty assignments with their numbered duty trees and stand-ins, the ICT group's work processes
-- and the catalogue of the manual's forms. Valid on H2 2.x (no MODE) and PostgreSQL 14+.
--
-- Conventions: ids are BIGINT from one sequence per table (<table>_seq, START WITH 1000
-- INCREMENT BY 50, matching JPA allocationSize = 50); reference data uses explicit ids below 1000.
-- Every table has a version column for optimistic locking. Nothing is deleted: orders are
-- superseded (status, effective_to, supersedes_order_id), staff become INACTIVE.
-- Columns ending in _printed hold text exactly as printed in the source document; markers
-- ("(ก)", "๕.๑", "1.2.1", "-") are kept apart from the text they introduce.

-- Announcements that define units and their duties (the 2560 MOE announcement, the 2553 OBEC one).
CREATE SEQUENCE org_announcement_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_announcement (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  code                 VARCHAR(40)   NOT NULL,
  title_th             VARCHAR(1000) NOT NULL,
  issued_on            DATE,
  signer_name_printed  VARCHAR(300),
  signer_position_printed VARCHAR(500),
  source_note          VARCHAR(2000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_announcement_code UNIQUE (code)
);

-- The office (one installation serves one office; more rows only for history or tests).
CREATE SEQUENCE org_office_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_office (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  code                 VARCHAR(40)   NOT NULL,
  name_th              VARCHAR(300)  NOT NULL,
  name_en              VARCHAR(300),
  short_name_th        VARCHAR(100),
  abbreviation_th      VARCHAR(50),
  letter_number_prefix VARCHAR(50),
  province_th          VARCHAR(100),
  director_staff_id    BIGINT,
  source_note          VARCHAR(2000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_office_code UNIQUE (code)
);

-- Units (the 9 of the 2560 announcement, kind UNIT) and sub-units (kind SUB_UNIT, with a parent).
CREATE SEQUENCE org_unit_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_unit (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  office_id            BIGINT        NOT NULL,
  parent_unit_id       BIGINT,
  kind                 VARCHAR(20)   NOT NULL,
  code                 VARCHAR(40)   NOT NULL,
  ordinal              INTEGER       NOT NULL,
  label_printed        VARCHAR(20),
  name_th              VARCHAR(500)  NOT NULL,
  name_en              VARCHAR(300),
  announcement_id      BIGINT        NOT NULL,
  reports_to_head      BOOLEAN       DEFAULT FALSE NOT NULL,
  statutory_note_th    VARCHAR(1000),
  review_note          VARCHAR(2000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_unit_code UNIQUE (office_id, code),
  CONSTRAINT ck_org_unit_kind CHECK (kind IN ('UNIT', 'SUB_UNIT')),
  CONSTRAINT ck_org_unit_parent CHECK ((kind = 'UNIT' AND parent_unit_id IS NULL)
                                    OR (kind = 'SUB_UNIT' AND parent_unit_id IS NOT NULL)),
  CONSTRAINT fk_org_unit_office FOREIGN KEY (office_id) REFERENCES org_office (id),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_org_unit_announcement FOREIGN KEY (announcement_id) REFERENCES org_announcement (id)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_unit_id);

-- Statutory duties of a unit, in printed order, with the printed letter or number.
-- A unit's duties under its own announcement: announcement_id = org_unit.announcement_id.
CREATE SEQUENCE org_unit_duty_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_unit_duty (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  unit_id              BIGINT        NOT NULL,
  announcement_id      BIGINT        NOT NULL,
  sort_order           INTEGER       NOT NULL,
  marker_printed       VARCHAR(20),
  duty_text            VARCHAR(4000) NOT NULL,
  review_note          VARCHAR(2000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_unit_duty_order UNIQUE (unit_id, announcement_id, sort_order),
  CONSTRAINT fk_org_unit_duty_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_org_unit_duty_announcement FOREIGN KEY (announcement_id) REFERENCES org_announcement (id)
);

-- Positions (a slot: title, level, position number as printed and normalised).
CREATE SEQUENCE org_position_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_position (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  office_id            BIGINT        NOT NULL,
  title_th             VARCHAR(300)  NOT NULL,
  position_level       VARCHAR(100),
  title_printed        VARCHAR(500),
  position_number_raw  VARCHAR(30),
  position_number_normalized VARCHAR(30),
  review_note          VARCHAR(2000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_position_number UNIQUE (office_id, position_number_normalized),
  CONSTRAINT fk_org_position_office FOREIGN KEY (office_id) REFERENCES org_office (id)
);

-- Staff. status: ACTIVE; UNKNOWN_NAME (name cut from the source, kept as an explicit unknown);
-- REFERENCED_ONLY (only named as a stand-in or stood-in-for person, needs review); INACTIVE.
CREATE SEQUENCE org_staff_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_staff (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  office_id            BIGINT        NOT NULL,
  prefix_th            VARCHAR(50),
  given_name_th        VARCHAR(200),
  family_name_th       VARCHAR(200),
  given_name_en        VARCHAR(200),
  family_name_en       VARCHAR(200),
  directory_uid        VARCHAR(64),
  unit_id              BIGINT,
  position_id          BIGINT,
  status               VARCHAR(20)   NOT NULL,
  review_note          VARCHAR(2000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_staff_uid UNIQUE (directory_uid),
  CONSTRAINT ck_org_staff_status CHECK (status IN ('ACTIVE', 'UNKNOWN_NAME', 'REFERENCED_ONLY', 'INACTIVE')),
  CONSTRAINT ck_org_staff_name CHECK (status = 'UNKNOWN_NAME' OR given_name_th IS NOT NULL),
  CONSTRAINT fk_org_staff_office FOREIGN KEY (office_id) REFERENCES org_office (id),
  CONSTRAINT fk_org_staff_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_org_staff_position FOREIGN KEY (position_id) REFERENCES org_position (id)
);
CREATE INDEX ix_org_staff_given_name ON org_staff (given_name_th);
CREATE INDEX ix_org_staff_family_name ON org_staff (family_name_th);
CREATE INDEX ix_org_staff_unit ON org_staff (unit_id);
CREATE INDEX ix_org_staff_status ON org_staff (status);

ALTER TABLE org_office ADD CONSTRAINT fk_org_office_director
  FOREIGN KEY (director_staff_id) REFERENCES org_staff (id);

-- Orders (คำสั่ง). Superseded, never overwritten: a new order points to the one it supersedes;
-- the old one gets status SUPERSEDED and effective_to (exclusive) = the new one's effective_from.
CREATE SEQUENCE org_order_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_order (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  office_id            BIGINT        NOT NULL,
  order_number         INTEGER       NOT NULL,
  year_be              INTEGER       NOT NULL,
  number_printed       VARCHAR(50),
  issuer_printed       VARCHAR(500),
  subject_th           VARCHAR(1000) NOT NULL,
  legal_basis_th       VARCHAR(4000),
  preamble_th          VARCHAR(4000),
  closing_th           VARCHAR(4000),
  order_date           DATE          NOT NULL,
  signed_date_printed  VARCHAR(200),
  effective_from       DATE          NOT NULL,
  effective_from_printed VARCHAR(200),
  effective_to         DATE,
  signer_staff_id      BIGINT,
  signer_name_printed  VARCHAR(300),
  signer_position_printed VARCHAR(500),
  supersedes_order_id  BIGINT,
  status               VARCHAR(20)   NOT NULL,
  excerpt              BOOLEAN       DEFAULT FALSE NOT NULL,
  source_note          VARCHAR(4000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_order_number UNIQUE (office_id, year_be, order_number),
  CONSTRAINT ck_org_order_status CHECK (status IN ('DRAFT', 'IN_FORCE', 'SUPERSEDED', 'REVOKED')),
  CONSTRAINT ck_org_order_period CHECK (effective_to IS NULL OR effective_to >= effective_from),
  CONSTRAINT fk_org_order_office FOREIGN KEY (office_id) REFERENCES org_office (id),
  CONSTRAINT fk_org_order_signer FOREIGN KEY (signer_staff_id) REFERENCES org_staff (id),
  CONSTRAINT fk_org_order_supersedes FOREIGN KEY (supersedes_order_id) REFERENCES org_order (id)
);
CREATE INDEX ix_org_order_effective ON org_order (office_id, effective_from);
CREATE INDEX ix_org_order_supersedes ON org_order (supersedes_order_id);

-- One person in one order: unit heading printed above them, printed sequence number in that
-- unit, position and number as printed, acting role, and the person's header paragraph.
CREATE SEQUENCE org_duty_assignment_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_duty_assignment (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  order_id             BIGINT        NOT NULL,
  staff_id             BIGINT        NOT NULL,
  unit_id              BIGINT,
  position_id          BIGINT,
  sort_order           INTEGER       NOT NULL,
  sequence_in_unit     INTEGER,
  sequence_inferred    BOOLEAN       DEFAULT FALSE NOT NULL,
  position_title_printed  VARCHAR(500),
  position_number_printed VARCHAR(30),
  acting_role_printed  VARCHAR(500),
  acting_unit_id       BIGINT,
  header_printed       VARCHAR(4000),
  review_note          VARCHAR(2000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_duty_assignment_staff UNIQUE (order_id, staff_id),
  CONSTRAINT uq_org_duty_assignment_order UNIQUE (order_id, sort_order),
  CONSTRAINT fk_org_duty_assignment_order FOREIGN KEY (order_id) REFERENCES org_order (id),
  CONSTRAINT fk_org_duty_assignment_staff FOREIGN KEY (staff_id) REFERENCES org_staff (id),
  CONSTRAINT fk_org_duty_assignment_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_org_duty_assignment_position FOREIGN KEY (position_id) REFERENCES org_position (id),
  CONSTRAINT fk_org_duty_assignment_acting FOREIGN KEY (acting_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_duty_assignment_staff ON org_duty_assignment (staff_id, order_id);
CREATE INDEX ix_org_duty_assignment_unit ON org_duty_assignment (unit_id);

-- The printed duty tree of one assignment. kind DUTY: a numbered duty ("1.2.1", depth = number
-- of dots, so "1.1" is 1 and "5.2.6" is 2); kind ITEM: an unnumbered or list line printed under
-- a duty (marker "-" or "1."), depth = parent depth + 1. parent_id is NULL for a duty whose
-- parent is not printed (top-level duties, and duties whose parent was cut from an excerpt).
CREATE SEQUENCE org_duty_line_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_duty_line (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  assignment_id        BIGINT        NOT NULL,
  parent_id            BIGINT,
  kind                 VARCHAR(10)   NOT NULL,
  duty_number          VARCHAR(20),
  item_marker          VARCHAR(10),
  depth                INTEGER       NOT NULL,
  sort_order           INTEGER       NOT NULL,
  duty_text            VARCHAR(4000) NOT NULL,
  review_note          VARCHAR(2000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_duty_line_order UNIQUE (assignment_id, sort_order),
  CONSTRAINT uq_org_duty_line_number UNIQUE (assignment_id, duty_number),
  CONSTRAINT ck_org_duty_line_kind CHECK ((kind = 'DUTY' AND duty_number IS NOT NULL)
                                       OR (kind = 'ITEM' AND duty_number IS NULL AND parent_id IS NOT NULL)),
  CONSTRAINT fk_org_duty_line_assignment FOREIGN KEY (assignment_id) REFERENCES org_duty_assignment (id),
  CONSTRAINT fk_org_duty_line_parent FOREIGN KEY (parent_id) REFERENCES org_duty_line (id)
);
CREATE INDEX ix_org_duty_line_parent ON org_duty_line (parent_id);

-- Stand-ins (ปฏิบัติหน้าที่แทน), one row per printed clause and rank: holder_staff_id is the
-- person stood in for, stand_in_staff_id acts when the holder is absent, rank_order 1, 2, 3.
-- The clause is printed in clause_assignment's duty list at clause_duty_number (it may be the
-- holder's list, "1.10 … ให้ นางขวัญศิริ กองช่าง ปฏิบัติหน้าที่แทน", or the stand-in's,
-- "2.11 ปฏิบัติงานแทน นางนันทน์ภัส …"). holder_assignment_id is NULL when the holder has no
-- assignment in the order. printed_name: the other party's name as printed in the clause.
CREATE SEQUENCE org_stand_in_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_stand_in (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  order_id             BIGINT        NOT NULL,
  holder_staff_id      BIGINT        NOT NULL,
  holder_assignment_id BIGINT,
  stand_in_staff_id    BIGINT        NOT NULL,
  rank_order           INTEGER       NOT NULL,
  clause_assignment_id BIGINT        NOT NULL,
  clause_duty_line_id  BIGINT        NOT NULL,
  clause_duty_number   VARCHAR(20)   NOT NULL,
  printed_name         VARCHAR(500),
  review_note          VARCHAR(2000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_stand_in_rank UNIQUE (clause_duty_line_id, rank_order),
  CONSTRAINT ck_org_stand_in_rank CHECK (rank_order >= 1),
  CONSTRAINT ck_org_stand_in_self CHECK (holder_staff_id <> stand_in_staff_id),
  CONSTRAINT fk_org_stand_in_order FOREIGN KEY (order_id) REFERENCES org_order (id),
  CONSTRAINT fk_org_stand_in_holder FOREIGN KEY (holder_staff_id) REFERENCES org_staff (id),
  CONSTRAINT fk_org_stand_in_holder_asg FOREIGN KEY (holder_assignment_id) REFERENCES org_duty_assignment (id),
  CONSTRAINT fk_org_stand_in_stand_in FOREIGN KEY (stand_in_staff_id) REFERENCES org_staff (id),
  CONSTRAINT fk_org_stand_in_clause_asg FOREIGN KEY (clause_assignment_id) REFERENCES org_duty_assignment (id),
  CONSTRAINT fk_org_stand_in_clause_line FOREIGN KEY (clause_duty_line_id) REFERENCES org_duty_line (id)
);
CREATE INDEX ix_org_stand_in_holder ON org_stand_in (holder_staff_id, order_id);
CREATE INDEX ix_org_stand_in_stand_in ON org_stand_in (stand_in_staff_id, order_id);

-- Catalogue of the manual's forms (F01–F22).
CREATE SEQUENCE org_form_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_form (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  code                 VARCHAR(10)   NOT NULL,
  name_th              VARCHAR(1000) NOT NULL,
  name_en              VARCHAR(300),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_form_code UNIQUE (code)
);

-- Work processes (กระบวนงาน) of a unit: name (section ๑ of the process), title in the manual's
-- contents list, English short name, definition (section ๔; paragraphs separated by a line feed).
CREATE SEQUENCE org_work_process_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_work_process (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  unit_id              BIGINT        NOT NULL,
  process_number       INTEGER       NOT NULL,
  name_th              VARCHAR(1000) NOT NULL,
  toc_title_th         VARCHAR(1000),
  name_en              VARCHAR(300),
  definition_th        VARCHAR(4000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_work_process_number UNIQUE (unit_id, process_number),
  CONSTRAINT fk_org_work_process_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- Section ๒ of a process: objectives.
CREATE SEQUENCE org_process_objective_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_process_objective (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  process_id           BIGINT        NOT NULL,
  sort_order           INTEGER       NOT NULL,
  marker_printed       VARCHAR(20),
  objective_text       VARCHAR(4000) NOT NULL,
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_process_objective UNIQUE (process_id, sort_order),
  CONSTRAINT fk_org_process_objective FOREIGN KEY (process_id) REFERENCES org_work_process (id)
);

-- Section ๓ of a process: scope.
CREATE SEQUENCE org_process_scope_item_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_process_scope_item (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  process_id           BIGINT        NOT NULL,
  sort_order           INTEGER       NOT NULL,
  marker_printed       VARCHAR(20),
  scope_text           VARCHAR(4000) NOT NULL,
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_process_scope_item UNIQUE (process_id, sort_order),
  CONSTRAINT fk_org_process_scope_item FOREIGN KEY (process_id) REFERENCES org_work_process (id)
);

-- Section ๕ of a process: the steps, in order.
CREATE SEQUENCE org_process_step_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_process_step (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  process_id           BIGINT        NOT NULL,
  step_number          INTEGER       NOT NULL,
  marker_printed       VARCHAR(20),
  step_text            VARCHAR(4000) NOT NULL,
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_process_step UNIQUE (process_id, step_number),
  CONSTRAINT fk_org_process_step FOREIGN KEY (process_id) REFERENCES org_work_process (id)
);

-- Section ๘ of a process: documents, laws and plans it refers to.
CREATE SEQUENCE org_process_reference_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_process_reference (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  process_id           BIGINT        NOT NULL,
  sort_order           INTEGER       NOT NULL,
  marker_printed       VARCHAR(20),
  reference_text       VARCHAR(4000) NOT NULL,
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_process_reference UNIQUE (process_id, sort_order),
  CONSTRAINT fk_org_process_reference FOREIGN KEY (process_id) REFERENCES org_work_process (id)
);

-- Section ๗ of a process: the forms it uses (many-to-many), with the name as printed there.
CREATE SEQUENCE org_process_form_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE org_process_form (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  process_id           BIGINT        NOT NULL,
  form_id              BIGINT        NOT NULL,
  sort_order           INTEGER       NOT NULL,
  marker_printed       VARCHAR(20),
  name_printed         VARCHAR(1000),
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_org_process_form UNIQUE (process_id, form_id),
  CONSTRAINT uq_org_process_form_order UNIQUE (process_id, sort_order),
  CONSTRAINT fk_org_process_form_process FOREIGN KEY (process_id) REFERENCES org_work_process (id),
  CONSTRAINT fk_org_process_form_form FOREIGN KEY (form_id) REFERENCES org_form (id)
);
CREATE INDEX ix_org_process_form_form ON org_process_form (form_id);
