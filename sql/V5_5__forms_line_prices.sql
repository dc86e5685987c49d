-- Issue 15 (ceilings always hold): an F02 line carries its unit price, and the request's amount
-- is computed from its lines (quantity x unit price) instead of being typed beside them.
ALTER TABLE frm_use_item ADD COLUMN unit_price NUMERIC(14, 2);
ALTER TABLE frm_use_item ADD CONSTRAINT ck_frm_use_item_unit_price CHECK (unit_price IS NULL OR unit_price >= 0);
