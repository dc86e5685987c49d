-- Issue 17: how the office's documents are numbered and printed, set by its organisation administrator.
-- letter_year_basis: FISCAL_YEAR (1 October) or CALENDAR_YEAR (1 January); null = the installation's
-- configured default (ict.forms.numbering.reset, fiscal year). letter_register: SHARED (one register
-- under the office's prefix for every unit) or PER_UNIT (a unit with a prefix of its own numbers under it,
-- the others under the office's). thai_digits: Thai digits on documents (form codes and record numbers
-- always keep Arabic digits).
ALTER TABLE org_office ADD COLUMN letter_year_basis VARCHAR(20);
ALTER TABLE org_office ADD COLUMN letter_register VARCHAR(20) DEFAULT 'SHARED' NOT NULL;
ALTER TABLE org_office ADD COLUMN thai_digits BOOLEAN DEFAULT TRUE NOT NULL;

-- A unit's own letter-number prefix ("ศธ 04086.3"), used only when the office numbers per unit.
ALTER TABLE org_unit ADD COLUMN letter_prefix VARCHAR(50);

-- The office's emblem (ครุฑ) printed on every บันทึกข้อความ: one PNG per office, in the database so
-- it is backed up and restored with the data, as the forms' attachments and the signed delegation orders.
CREATE TABLE org_office_emblem (
  office_id        BIGINT        NOT NULL PRIMARY KEY,
  content_type     VARCHAR(40)   NOT NULL,
  content          BYTEA         NOT NULL,
  width_px         INTEGER       NOT NULL,
  height_px        INTEGER       NOT NULL,
  file_name        VARCHAR(200),
  uploaded_by      VARCHAR(100)  NOT NULL,
  uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_org_office_emblem_office FOREIGN KEY (office_id) REFERENCES org_office (id)
);
