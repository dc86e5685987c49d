-- Records of the ICT group's MIS and improvement work (manual processes 2, 12, 13):
-- F01 data-collection returns to the central database programs, F13/F15 studies and their
-- reports, F16/F17 ICT improvements and their reports. Owned by modules/records; see
-- docs/records.md. Other modules' things (units, schools, people) are kept by value.

-- A collection round of F01: one return expected from each submitter to one central system
-- (DMC, EMIS, B-OBEC, M-OBEC, EFA or another named one) by a due date, e.g. DMC
-- "ภาคเรียนที่ 1/2569 ณ 10 มิถุนายน". The ICT officer follows who has sent it and who has not.
CREATE TABLE rec_round (
  id           BIGINT        NOT NULL PRIMARY KEY,
  system_code  VARCHAR(16)   NOT NULL,
  other_name   VARCHAR(200),
  label        VARCHAR(300)  NOT NULL,
  fiscal_year  INTEGER       NOT NULL,
  due_date     DATE          NOT NULL,
  note         VARCHAR(2000),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   VARCHAR(64)   NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by   VARCHAR(64)   NOT NULL,
  version      BIGINT        NOT NULL,
  CONSTRAINT rec_round_system CHECK (system_code IN ('DMC', 'EMIS', 'B_OBEC', 'M_OBEC', 'EFA', 'OTHER')),
  CONSTRAINT rec_round_other CHECK (system_code <> 'OTHER' OR other_name IS NOT NULL)
);
CREATE SEQUENCE rec_round_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX rec_round_fiscal ON rec_round (fiscal_year, system_code);
CREATE INDEX rec_round_due ON rec_round (due_date);

-- One expected submitter of a round (an office unit by its code, or a school by its 8- or
-- 10-digit code; name kept as it was then) and its return once recorded: when it was sent,
-- who sent it, who recorded it, how many records (e.g. students). Whether it is on time, late
-- or overdue is computed from the dates and the clock, never stored.
CREATE TABLE rec_return (
  id             BIGINT        NOT NULL PRIMARY KEY,
  round_id       BIGINT        NOT NULL REFERENCES rec_round (id),
  submitter_kind VARCHAR(8)    NOT NULL,
  code           VARCHAR(40)   NOT NULL,
  name           VARCHAR(300)  NOT NULL,
  submitted_at   TIMESTAMP WITH TIME ZONE,
  submitted_by   VARCHAR(200),
  records_count  INTEGER,
  note           VARCHAR(2000),
  recorded_at    TIMESTAMP WITH TIME ZONE,
  recorded_by    VARCHAR(64),
  version        BIGINT        NOT NULL,
  CONSTRAINT rec_return_kind CHECK (submitter_kind IN ('UNIT', 'SCHOOL')),
  CONSTRAINT rec_return_count CHECK (records_count IS NULL OR records_count >= 0),
  CONSTRAINT rec_return_once UNIQUE (round_id, submitter_kind, code)
);
CREATE SEQUENCE rec_return_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX rec_return_round ON rec_return (round_id);

-- The last running number of a form's register (F13, F16) in one fiscal year, so that
-- record numbers read "F13-2569/001". Taken under a row lock: parallel records wait for each
-- other instead of sharing a number.
CREATE TABLE rec_counter (
  id          BIGINT      NOT NULL PRIMARY KEY,
  form_code   VARCHAR(8)  NOT NULL,
  fiscal_year INTEGER     NOT NULL,
  last_no     INTEGER     NOT NULL,
  version     BIGINT      NOT NULL,
  CONSTRAINT rec_counter_once UNIQUE (form_code, fiscal_year)
);
CREATE SEQUENCE rec_counter_seq START WITH 1000 INCREMENT BY 50;

-- F13 แบบบันทึกการศึกษาวิเคราะห์: a study/analysis of an information system (process 12),
-- and once its findings and recommendations are in, the F15 report issued from it
-- (state REPORTED, signed by reporter_name / reporter_position). team is one name per line.
CREATE TABLE rec_study (
  id               BIGINT        NOT NULL PRIMARY KEY,
  number_text      VARCHAR(32)   NOT NULL UNIQUE,
  fiscal_year      INTEGER       NOT NULL,
  running_no       INTEGER       NOT NULL,
  title            VARCHAR(300)  NOT NULL,
  system_studied   VARCHAR(300)  NOT NULL,
  objectives       VARCHAR(4000),
  scope_method     VARCHAR(4000),
  start_date       DATE,
  end_date         DATE,
  team             VARCHAR(2000),
  findings         VARCHAR(8000),
  problems         VARCHAR(8000),
  recommendations  VARCHAR(8000),
  state            VARCHAR(16)   NOT NULL,
  recorded_on      DATE          NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       VARCHAR(64)   NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by       VARCHAR(64)   NOT NULL,
  reported_at      TIMESTAMP WITH TIME ZONE,
  reported_by      VARCHAR(64),
  reporter_name    VARCHAR(200),
  reporter_position VARCHAR(300),
  version          BIGINT        NOT NULL,
  CONSTRAINT rec_study_state CHECK (state IN ('RECORDED', 'REPORTED')),
  CONSTRAINT rec_study_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE SEQUENCE rec_study_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX rec_study_recorded ON rec_study (recorded_on);

-- F16 แบบบันทึกพัฒนา ปรับปรุง และประยุกต์ใช้ ICT: an ICT improvement applied to a work process
-- of the office, the schools or OBEC (targets: comma-separated OFFICE, SCHOOLS, OBEC) (process
-- 13), and the F17 report issued from it (state REPORTED).
CREATE TABLE rec_improvement (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  number_text        VARCHAR(32)   NOT NULL UNIQUE,
  fiscal_year        INTEGER       NOT NULL,
  running_no         INTEGER       NOT NULL,
  title              VARCHAR(300)  NOT NULL,
  work_process       VARCHAR(1000) NOT NULL,
  targets            VARCHAR(40)   NOT NULL,
  problem_before     VARCHAR(4000),
  action_taken       VARCHAR(4000),
  start_date         DATE,
  end_date           DATE,
  team               VARCHAR(2000),
  result             VARCHAR(8000),
  qualitative_outcome VARCHAR(4000),
  next_steps         VARCHAR(4000),
  state              VARCHAR(16)   NOT NULL,
  recorded_on        DATE          NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(64)   NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by         VARCHAR(64)   NOT NULL,
  reported_at        TIMESTAMP WITH TIME ZONE,
  reported_by        VARCHAR(64),
  reporter_name      VARCHAR(200),
  reporter_position  VARCHAR(300),
  version            BIGINT        NOT NULL,
  CONSTRAINT rec_improvement_state CHECK (state IN ('RECORDED', 'REPORTED')),
  CONSTRAINT rec_improvement_dates CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE SEQUENCE rec_improvement_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX rec_improvement_recorded ON rec_improvement (recorded_on);

-- The measured indicators of an F16, in the order entered: e.g. "เวลาออกเลขหนังสือ" 15 -> 2
-- "นาที". Part of the improvement (replaced with it), hence keyed by (improvement, line).
CREATE TABLE rec_indicator (
  improvement_id BIGINT         NOT NULL REFERENCES rec_improvement (id),
  line_no        INTEGER        NOT NULL,
  name           VARCHAR(300)   NOT NULL,
  before_value   NUMERIC(18, 4) NOT NULL,
  after_value    NUMERIC(18, 4) NOT NULL,
  unit           VARCHAR(60),
  PRIMARY KEY (improvement_id, line_no)
);
