-- Forms module: submissions of the manual's 22 forms (F01-F22), their chain of review and
-- approval, attachments, work logs, the running letter numbers per unit and period, and the
-- details of F02 (use of materials/equipment), F03 (repair), F04 (loan, with reminders) and
-- F05 (request for action).
-- Valid on H2 2.x (no MODE) and PostgreSQL 14+. Ids: one sequence per table, START WITH 1000
-- INCREMENT BY 50 (JPA allocationSize = 50). Other modules' things are kept by value (uids,
-- unit codes, asset ids and numbers), never by foreign key.

-- The last running number given out in one unit's letter register for one period (a fiscal
-- year, a calendar year, or 0 when numbers never reset). Locked for update while a number is
-- taken, so parallel submissions never share a number.
CREATE SEQUENCE frm_counter_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_counter (
  id               BIGINT        NOT NULL PRIMARY KEY,
  unit_code        VARCHAR(40)   NOT NULL,
  period_key       INTEGER       NOT NULL,
  last_no          INTEGER       NOT NULL,
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_frm_counter UNIQUE (unit_code, period_key)
);

-- One filled-in form. running_no/number_text are given when it is submitted (a draft has none).
-- The requester is a staff member (requester_uid) or a contact at a school (contact_*); created_by
-- is whoever typed it in. amount is the money the approval is about (estimated cost), if any.
CREATE SEQUENCE frm_submission_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_submission (
  id               BIGINT        NOT NULL PRIMARY KEY,
  form_code        VARCHAR(3)    NOT NULL,
  state            VARCHAR(20)   NOT NULL,
  unit_code        VARCHAR(40)   NOT NULL,
  period_key       INTEGER,
  running_no       INTEGER,
  number_text      VARCHAR(60),
  requester_uid    VARCHAR(64),
  requester_name   VARCHAR(200)  NOT NULL,
  requester_position VARCHAR(200),
  contact_school   VARCHAR(300),
  contact_phone    VARCHAR(40),
  created_by       VARCHAR(64)   NOT NULL,
  subject          VARCHAR(500)  NOT NULL,
  addressed_to     VARCHAR(300)  NOT NULL,
  body             VARCHAR(8000),
  amount           NUMERIC(14,2),
  assignee_uid     VARCHAR(64),
  outcome          VARCHAR(2000),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  submitted_on     DATE,
  decided_at       TIMESTAMP WITH TIME ZONE,
  closed_at        TIMESTAMP WITH TIME ZONE,
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_frm_submission_number UNIQUE (unit_code, period_key, running_no),
  CONSTRAINT ck_frm_submission_form CHECK (form_code IN ('F01','F02','F03','F04','F05','F06','F07','F08','F09',
    'F10','F11','F12','F13','F14','F15','F16','F17','F18','F19','F20','F21','F22')),
  CONSTRAINT ck_frm_submission_state CHECK (state IN ('DRAFT','SUBMITTED','REVIEWED','APPROVED','IN_PROGRESS',
    'DONE','RETURNED','REJECTED','WITHDRAWN')),
  CONSTRAINT ck_frm_submission_requester CHECK (requester_uid IS NOT NULL OR contact_school IS NOT NULL)
);
CREATE INDEX ix_frm_submission_requester ON frm_submission (requester_uid, state);
CREATE INDEX ix_frm_submission_state ON frm_submission (state, form_code);
CREATE INDEX ix_frm_submission_assignee ON frm_submission (assignee_uid, state);

-- The chain of review and approval: every transition, who really acted, for whom, on what
-- basis (and of which kind: STAND_IN for ปฏิบัติหน้าที่แทน, DELEGATION for ปฏิบัติราชการแทน),
-- when, with their comment. Names and positions are kept as they were on that day, for the memo.
CREATE SEQUENCE frm_step_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_step (
  id               BIGINT        NOT NULL PRIMARY KEY,
  submission_id    BIGINT        NOT NULL,
  action           VARCHAR(20)   NOT NULL,
  from_state       VARCHAR(20)   NOT NULL,
  to_state         VARCHAR(20)   NOT NULL,
  actor_uid        VARCHAR(64)   NOT NULL,
  actor_name       VARCHAR(200)  NOT NULL,
  actor_position   VARCHAR(300),
  acting_for_uid   VARCHAR(64),
  acting_for_name  VARCHAR(200),
  acting_for_position VARCHAR(300),
  basis            VARCHAR(500),
  basis_kind       VARCHAR(20)   NOT NULL,
  at               TIMESTAMP WITH TIME ZONE NOT NULL,
  comment_text     VARCHAR(2000),
  CONSTRAINT fk_frm_step_submission FOREIGN KEY (submission_id) REFERENCES frm_submission (id),
  CONSTRAINT ck_frm_step_basis CHECK (basis_kind IN ('OWN','STAND_IN','DELEGATION'))
);
CREATE INDEX ix_frm_step_submission ON frm_step (submission_id, at);

-- Files attached to a submission (photos of a fault, quotations), kept in the database so they
-- share the submission's transaction and backup; size limits are enforced by the service.
CREATE SEQUENCE frm_attachment_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_attachment (
  id               BIGINT        NOT NULL PRIMARY KEY,
  submission_id    BIGINT        NOT NULL,
  file_name        VARCHAR(255)  NOT NULL,
  content_type     VARCHAR(100)  NOT NULL,
  size_bytes       INTEGER       NOT NULL,
  content          BYTEA         NOT NULL,
  added_by         VARCHAR(64)   NOT NULL,
  added_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_frm_attachment_submission FOREIGN KEY (submission_id) REFERENCES frm_submission (id)
);
CREATE INDEX ix_frm_attachment_submission ON frm_attachment (submission_id);

-- What was done while a job was in progress: a note, the parts used and their cost.
CREATE SEQUENCE frm_work_log_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_work_log (
  id               BIGINT        NOT NULL PRIMARY KEY,
  submission_id    BIGINT        NOT NULL,
  actor_uid        VARCHAR(64)   NOT NULL,
  at               TIMESTAMP WITH TIME ZONE NOT NULL,
  note             VARCHAR(2000) NOT NULL,
  parts            VARCHAR(1000),
  parts_cost       NUMERIC(14,2),
  CONSTRAINT fk_frm_work_log_submission FOREIGN KEY (submission_id) REFERENCES frm_submission (id)
);
CREATE INDEX ix_frm_work_log_submission ON frm_work_log (submission_id);

-- F02: the lines of a request to use or draw materials/equipment.
CREATE SEQUENCE frm_use_item_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_use_item (
  id               BIGINT        NOT NULL PRIMARY KEY,
  submission_id    BIGINT        NOT NULL,
  line_no          INTEGER       NOT NULL,
  description      VARCHAR(500)  NOT NULL,
  quantity         INTEGER       NOT NULL,
  unit_name        VARCHAR(50)   NOT NULL,
  asset_id         BIGINT,
  CONSTRAINT fk_frm_use_item_submission FOREIGN KEY (submission_id) REFERENCES frm_submission (id),
  CONSTRAINT ck_frm_use_item_qty CHECK (quantity > 0)
);
CREATE INDEX ix_frm_use_item_submission ON frm_use_item (submission_id);

-- F03: the repair request's detail (one per submission). The asset is one of the register
-- (asset_id, with its number and name as they were) or only described (described_item).
CREATE TABLE frm_repair (
  submission_id    BIGINT        NOT NULL PRIMARY KEY,
  asset_id         BIGINT,
  asset_number     VARCHAR(40),
  asset_name       VARCHAR(500),
  described_item   VARCHAR(500),
  location         VARCHAR(300),
  symptoms         VARCHAR(2000) NOT NULL,
  beyond_repair    BOOLEAN       DEFAULT FALSE NOT NULL,
  CONSTRAINT fk_frm_repair_submission FOREIGN KEY (submission_id) REFERENCES frm_submission (id),
  CONSTRAINT ck_frm_repair_item CHECK (asset_id IS NOT NULL OR described_item IS NOT NULL)
);
CREATE INDEX ix_frm_repair_asset ON frm_repair (asset_id);

-- F04: one borrowed asset of a loan request, for the period asked (from/until inclusive).
-- handed_out_on/returned_on and the condition check record what really happened.
CREATE SEQUENCE frm_loan_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_loan (
  id               BIGINT        NOT NULL PRIMARY KEY,
  submission_id    BIGINT        NOT NULL,
  asset_id         BIGINT        NOT NULL,
  asset_number     VARCHAR(40)   NOT NULL,
  asset_name       VARCHAR(500)  NOT NULL,
  loan_from        DATE          NOT NULL,
  loan_until       DATE          NOT NULL,
  handed_out_on    DATE,
  returned_on      DATE,
  condition_ok     BOOLEAN,
  condition_note   VARCHAR(1000),
  CONSTRAINT fk_frm_loan_submission FOREIGN KEY (submission_id) REFERENCES frm_submission (id),
  CONSTRAINT ck_frm_loan_period CHECK (loan_until >= loan_from)
);
CREATE INDEX ix_frm_loan_asset ON frm_loan (asset_id, loan_from, loan_until);
CREATE INDEX ix_frm_loan_submission ON frm_loan (submission_id);

-- One row per borrowed asset, locked while a loan of it is checked and booked, so that two
-- overlapping requests submitted at the same moment cannot both pass the overlap check.
CREATE TABLE frm_loan_guard (
  asset_id         BIGINT        NOT NULL PRIMARY KEY,
  version          BIGINT        DEFAULT 0 NOT NULL
);

-- Reminders about overdue loans, one per loan and day, found by the daily scan.
CREATE SEQUENCE frm_loan_reminder_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_loan_reminder (
  id               BIGINT        NOT NULL PRIMARY KEY,
  loan_id          BIGINT        NOT NULL,
  reminded_on      DATE          NOT NULL,
  days_overdue     INTEGER       NOT NULL,
  recipient_uid    VARCHAR(64),
  CONSTRAINT fk_frm_loan_reminder_loan FOREIGN KEY (loan_id) REFERENCES frm_loan (id),
  CONSTRAINT uq_frm_loan_reminder UNIQUE (loan_id, reminded_on)
);

-- F05: the detail of a request for action (install, set up, connect ...).
CREATE TABLE frm_action (
  submission_id    BIGINT        NOT NULL PRIMARY KEY,
  action_kind      VARCHAR(20)   NOT NULL,
  location         VARCHAR(300),
  wanted_by        DATE,
  CONSTRAINT fk_frm_action_submission FOREIGN KEY (submission_id) REFERENCES frm_submission (id),
  CONSTRAINT ck_frm_action_kind CHECK (action_kind IN ('INSTALL','SETUP','NETWORK','SOFTWARE','ACCOUNT','OTHER'))
);
