-- Issue 17: the yearly plan of a work process (แผนปฏิบัติงานประจำปี), the manual's step "จัดทำแผนงาน/
-- โครงการ เสนอ ผอ.สพป.". A plan is a submission of kind PLN (frm_submission, filed under its process in
-- process_no), so it is proposed, reviewed and approved through the forms' one chain, inbox and
-- authority check; these tables hold its own part: the fiscal year (B.E.) and its activities with
-- dates, the responsible person as the order named them that day, budget and progress.
ALTER TABLE frm_submission DROP CONSTRAINT ck_frm_submission_form;
ALTER TABLE frm_submission ADD CONSTRAINT ck_frm_submission_form CHECK (form_code IN ('F01','F02','F03','F04','F05',
  'F06','F07','F08','F09','F10','F11','F12','F13','F14','F15','F16','F17','F18','F19','F20','F21','F22','PLN'));

CREATE TABLE frm_plan (
  submission_id      BIGINT        NOT NULL PRIMARY KEY,
  process_no         INTEGER       NOT NULL,
  fiscal_year        INTEGER       NOT NULL,
  budget             NUMERIC(14,2) NOT NULL,
  CONSTRAINT fk_frm_plan_submission FOREIGN KEY (submission_id) REFERENCES frm_submission (id)
);
CREATE INDEX ix_frm_plan_process_year ON frm_plan (process_no, fiscal_year);

CREATE SEQUENCE frm_plan_activity_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE frm_plan_activity (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  submission_id        BIGINT        NOT NULL,
  activity_no          INTEGER       NOT NULL,
  title                VARCHAR(500)  NOT NULL,
  starts_on            DATE          NOT NULL,
  ends_on              DATE          NOT NULL,
  responsible_uid      VARCHAR(64)   NOT NULL,
  responsible_name     VARCHAR(200)  NOT NULL,
  responsible_position VARCHAR(200),
  budget               NUMERIC(14,2) NOT NULL,
  progress             INTEGER       DEFAULT 0 NOT NULL,
  progress_note        VARCHAR(2000),
  progress_by          VARCHAR(64),
  progress_at          TIMESTAMP WITH TIME ZONE,
  version              BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_frm_plan_activity UNIQUE (submission_id, activity_no),
  CONSTRAINT fk_frm_plan_activity_plan FOREIGN KEY (submission_id) REFERENCES frm_plan (submission_id),
  CONSTRAINT ck_frm_plan_activity_progress CHECK (progress BETWEEN 0 AND 100),
  CONSTRAINT ck_frm_plan_activity_dates CHECK (ends_on >= starts_on)
);
