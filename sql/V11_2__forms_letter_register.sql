-- Issue 17: one letter-number register per printed prefix, instead of one per unit. Two units that print
-- the same prefix ("ที่ ศธ 04086/…") now draw from the same counter, so they can no longer print the same
-- number in the same year. The counter of a prefix and period is created on its first use and starts
-- above the highest number already printed under that prefix in that period (NumberingService), so the
-- numbers already issued stay valid and are never issued again.
CREATE SEQUENCE frm_letter_counter_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_letter_counter (
  id               BIGINT        NOT NULL PRIMARY KEY,
  prefix           VARCHAR(50)   NOT NULL,
  period_key       INTEGER       NOT NULL,
  last_no          INTEGER       NOT NULL,
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_frm_letter_counter UNIQUE (prefix, period_key)
);

-- The register of printed numbers: the last line of defence. A number is entered here in the transaction
-- that gives it; the same printed number twice in one period fails the transaction.
CREATE TABLE frm_letter_number (
  period_key       INTEGER       NOT NULL,
  number_text      VARCHAR(60)   NOT NULL,
  submission_id    BIGINT        NOT NULL,
  CONSTRAINT pk_frm_letter_number PRIMARY KEY (period_key, number_text)
);

-- Numbers already issued. Before this migration two units could print the same number; those
-- documents exist on paper and stay as they are: the earliest of each printed number is entered, the
-- others keep their number in frm_submission (nothing new can be given that number).
INSERT INTO frm_letter_number (period_key, number_text, submission_id)
SELECT period_key, number_text, MIN(id) FROM frm_submission
 WHERE period_key IS NOT NULL AND number_text IS NOT NULL
 GROUP BY period_key, number_text;

-- (unit, period, running number) no longer identifies a number: a unit that moves to a prefix of its
-- own starts a new register under it. The printed number is the identity (frm_letter_number).
ALTER TABLE frm_submission DROP CONSTRAINT uq_frm_submission_number;

-- frm_counter (the per-unit counters) is no longer written; it stays for the record of what was counted.
