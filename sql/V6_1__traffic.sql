-- Traffic data (ข้อมูลจราจรทางคอมพิวเตอร์), Computer Crime Act B.E. 2550 sec. 26 and the MDES
-- announcement on traffic-data retention B.E. 2564. Owned by modules/traffic; see docs/traffic.md.

-- One row per sign-in, failed sign-in, sign-out and request. seq is the position in the hash
-- chain (1, 2, 3 ... with no gaps, assigned by the writer), so a deleted row leaves a gap;
-- row_hash = SHA-256(previous row_hash || canonical text of this row), so a changed row no
-- longer matches. No id sequence: seq comes from the chain head below, under its row lock.
CREATE TABLE trf_record (
  seq            BIGINT        NOT NULL PRIMARY KEY,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  user_uid       VARCHAR(64),
  attempted_uid  VARCHAR(64),
  acting_for_uid VARCHAR(64),
  source_addr    VARCHAR(45)   NOT NULL,
  source_port    INTEGER       NOT NULL,
  service        VARCHAR(16)   NOT NULL,
  http_method    VARCHAR(10),
  url            VARCHAR(1000),
  http_status    INTEGER,
  bytes_sent     BIGINT,
  duration_ms    BIGINT,
  session_hash   VARCHAR(64),
  row_hash       VARCHAR(64)   NOT NULL
);
CREATE INDEX trf_record_occurred_at ON trf_record (occurred_at);
CREATE INDEX trf_record_user_uid ON trf_record (user_uid);
CREATE INDEX trf_record_source_addr ON trf_record (source_addr);

-- The head of the chain: the last seq and hash written. The writer locks this one row
-- (SELECT ... FOR UPDATE), so several application instances append to one chain in turn.
CREATE TABLE trf_chain (
  id        INTEGER     NOT NULL PRIMARY KEY,
  last_seq  BIGINT      NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);
INSERT INTO trf_chain (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Rows removed by the retention job, one row per contiguous run of seq. last_hash is the hash
-- of the run's last row: the anchor from which the chain is verified again after the gap.
CREATE TABLE trf_purge (
  id         BIGINT      NOT NULL PRIMARY KEY,
  first_seq  BIGINT      NOT NULL,
  last_seq   BIGINT      NOT NULL,
  last_hash  VARCHAR(64) NOT NULL,
  row_count  BIGINT      NOT NULL,
  cutoff     TIMESTAMP WITH TIME ZONE NOT NULL,
  purged_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE SEQUENCE trf_purge_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX trf_purge_first_seq ON trf_purge (first_seq);

-- An official order to keep records longer than the retention period (sec. 26 paragraph 1:
-- up to two years on an official's order): which records (occurred from - to), until when, why.
CREATE TABLE trf_extension (
  id           BIGINT        NOT NULL PRIMARY KEY,
  order_no     VARCHAR(100)  NOT NULL,
  ordered_by   VARCHAR(200)  NOT NULL,
  covers_from  TIMESTAMP WITH TIME ZONE NOT NULL,
  covers_to    TIMESTAMP WITH TIME ZONE NOT NULL,
  kept_until   DATE          NOT NULL,
  reason       VARCHAR(1000) NOT NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0
);
CREATE SEQUENCE trf_extension_seq START WITH 1000 INCREMENT BY 50;
