-- Issue 15: four eyes on powers.
-- A delegation entered by anyone other than the delegator (an organisation administrator typing a
-- signed order) is pending until the delegator, or a second administrator who is neither the enterer
-- nor the delegate, confirms it; the scan of the signed order (a PDF) is kept with it. Delegations
-- already stored were entered under the old rules and count as confirmed at their creation.
ALTER TABLE dlg_delegation ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dlg_delegation ADD COLUMN confirmed_by VARCHAR(64);
ALTER TABLE dlg_delegation ADD COLUMN scan_name VARCHAR(200);
-- the scan itself, apart, so that reading delegations never loads it
CREATE TABLE dlg_delegation_scan (
  delegation_id    BIGINT        NOT NULL PRIMARY KEY,
  file_name        VARCHAR(200)  NOT NULL,
  content          BYTEA         NOT NULL,
  attached_by      VARCHAR(64)   NOT NULL,
  attached_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_dlg_delegation_scan FOREIGN KEY (delegation_id) REFERENCES dlg_delegation (id)
);
UPDATE dlg_delegation SET confirmed_at = created_at, confirmed_by = created_by;
ALTER TABLE dlg_delegation ADD CONSTRAINT ck_dlg_delegation_confirmed
  CHECK ((confirmed_at IS NULL AND confirmed_by IS NULL) OR (confirmed_at IS NOT NULL AND confirmed_by IS NOT NULL));

-- An absence recorded by someone other than the absent person moves their powers at once, but the
-- acting record says so: acts done under it can be found and reviewed ("not me / undo").
ALTER TABLE dlg_acting_record ADD COLUMN third_party_absence BOOLEAN DEFAULT FALSE NOT NULL;
