-- Rating-scale evaluations of the manual's forms F11, F18, F19, F20 and F22, answered by office
-- staff, school staff and (F20 only) the public, and summarised in the F12 report.
-- Owned by modules/evaluation; see docs/evaluation.md.

-- One evaluation: the form it follows, what is evaluated, in which fiscal year (Buddhist era),
-- who may answer, and its life DRAFT -> OPEN -> CLOSED. Its questions are frozen once it opens,
-- so that every answer is given to the same questions. allowed_groups is a comma-separated list
-- of respondent groups (OFFICE_STAFF, SCHOOL_STAFF, PUBLIC).
CREATE TABLE evl_evaluation (
  id             BIGINT        NOT NULL PRIMARY KEY,
  form_code      VARCHAR(3)    NOT NULL,
  title          VARCHAR(300)  NOT NULL,
  description    VARCHAR(4000),
  fiscal_year    INTEGER       NOT NULL,
  subject        VARCHAR(300)  NOT NULL,
  allowed_groups VARCHAR(100)  NOT NULL,
  anonymous      BOOLEAN       NOT NULL,
  state          VARCHAR(10)   NOT NULL,
  planned_close  DATE,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by     VARCHAR(64)   NOT NULL,
  opened_at      TIMESTAMP WITH TIME ZONE,
  opened_by      VARCHAR(64),
  closed_at      TIMESTAMP WITH TIME ZONE,
  closed_by      VARCHAR(64),
  version        BIGINT        NOT NULL,
  CONSTRAINT evl_evaluation_form CHECK (form_code IN ('F11', 'F18', 'F19', 'F20', 'F22')),
  CONSTRAINT evl_evaluation_state CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED')),
  CONSTRAINT evl_evaluation_fy CHECK (fiscal_year BETWEEN 2400 AND 2700)
);
CREATE SEQUENCE evl_evaluation_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX evl_evaluation_state_idx ON evl_evaluation (state);
CREATE INDEX evl_evaluation_form_idx ON evl_evaluation (form_code);

-- The ordered, titled sections of an evaluation (ตอนที่ / ด้าน); the F12 gives a total per section.
CREATE TABLE evl_section (
  id            BIGINT       NOT NULL PRIMARY KEY,
  evaluation_id BIGINT       NOT NULL REFERENCES evl_evaluation (id),
  ordinal       INTEGER      NOT NULL,
  title         VARCHAR(300) NOT NULL,
  CONSTRAINT evl_section_position UNIQUE (evaluation_id, ordinal)
);
CREATE SEQUENCE evl_section_seq START WITH 1000 INCREMENT BY 50;

-- The rating items of a section, each answered on the 5-level scale (5 มากที่สุด ... 1 น้อยที่สุด).
CREATE TABLE evl_item (
  id            BIGINT       NOT NULL PRIMARY KEY,
  evaluation_id BIGINT       NOT NULL REFERENCES evl_evaluation (id),
  section_id    BIGINT       NOT NULL REFERENCES evl_section (id),
  ordinal       INTEGER      NOT NULL,
  wording       VARCHAR(500) NOT NULL,
  CONSTRAINT evl_item_position UNIQUE (section_id, ordinal)
);
CREATE SEQUENCE evl_item_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX evl_item_evaluation_idx ON evl_item (evaluation_id);

-- The open questions (ข้อเสนอแนะ), free text and optional to answer.
CREATE TABLE evl_question (
  id            BIGINT       NOT NULL PRIMARY KEY,
  evaluation_id BIGINT       NOT NULL REFERENCES evl_evaluation (id),
  ordinal       INTEGER      NOT NULL,
  wording       VARCHAR(500) NOT NULL,
  CONSTRAINT evl_question_position UNIQUE (evaluation_id, ordinal)
);
CREATE SEQUENCE evl_question_seq START WITH 1000 INCREMENT BY 50;

-- One answer sheet. An identified respondent (respondent_uid) answers an evaluation once: the
-- unique constraint refuses a second sheet even when two requests race. An anonymous public
-- sheet (F20) has no uid but the SHA-256 of the browser's client key, unique per evaluation, so
-- that the same browser cannot answer twice by accident. NULLs are distinct in both constraints.
CREATE TABLE evl_response (
  id               BIGINT       NOT NULL PRIMARY KEY,
  evaluation_id    BIGINT       NOT NULL REFERENCES evl_evaluation (id),
  respondent_uid   VARCHAR(64),
  client_key_hash  VARCHAR(64),
  respondent_group VARCHAR(20)  NOT NULL,
  school_name      VARCHAR(200),
  submitted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT evl_response_once UNIQUE (evaluation_id, respondent_uid),
  CONSTRAINT evl_response_browser_once UNIQUE (evaluation_id, client_key_hash),
  CONSTRAINT evl_response_group CHECK (respondent_group IN ('OFFICE_STAFF', 'SCHOOL_STAFF', 'PUBLIC')),
  CONSTRAINT evl_response_who CHECK (respondent_uid IS NOT NULL OR client_key_hash IS NOT NULL)
);
CREATE SEQUENCE evl_response_seq START WITH 1000 INCREMENT BY 50;

-- The score (1..5) a sheet gives to a rating item; every item of the evaluation is scored.
CREATE TABLE evl_rating (
  id            BIGINT  NOT NULL PRIMARY KEY,
  response_id   BIGINT  NOT NULL REFERENCES evl_response (id),
  evaluation_id BIGINT  NOT NULL REFERENCES evl_evaluation (id),
  item_id       BIGINT  NOT NULL REFERENCES evl_item (id),
  score         INTEGER NOT NULL,
  CONSTRAINT evl_rating_once UNIQUE (response_id, item_id),
  CONSTRAINT evl_rating_score CHECK (score BETWEEN 1 AND 5)
);
CREATE SEQUENCE evl_rating_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX evl_rating_evaluation_idx ON evl_rating (evaluation_id);

-- The text a sheet gives to an open question; a question left blank has no row.
CREATE TABLE evl_open_answer (
  id            BIGINT        NOT NULL PRIMARY KEY,
  response_id   BIGINT        NOT NULL REFERENCES evl_response (id),
  evaluation_id BIGINT        NOT NULL REFERENCES evl_evaluation (id),
  question_id   BIGINT        NOT NULL REFERENCES evl_question (id),
  answer_text   VARCHAR(2000) NOT NULL,
  CONSTRAINT evl_open_answer_once UNIQUE (response_id, question_id)
);
CREATE SEQUENCE evl_open_answer_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX evl_open_answer_evaluation_idx ON evl_open_answer (evaluation_id);
