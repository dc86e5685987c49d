-- Issue 17: an F09 card carries its serial (F09-<Buddhist year>/<running number>), given when the
-- card is issued from the same locked counters as letter numbers (frm_letter_counter, series "F09"),
-- and never twice. Cards issued before this release get theirs when first printed again.
ALTER TABLE frm_account ADD COLUMN card_serial VARCHAR(30);
ALTER TABLE frm_account ADD CONSTRAINT uq_frm_account_card_serial UNIQUE (card_serial);
