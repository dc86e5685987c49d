-- Issue 15 (the printed basis is the legal one): an issued F15/F17 keeps its reporter's signature
-- block as platform.signature.SignatureBlock worded it on the day of signing: besides the name and
-- own position, the acting line (e.g. "ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่ม…" as order 275/2561 prints it,
-- or "ปฏิบัติหน้าที่แทน …") and the basis line ("ตามคำสั่งที่ 275/2561 ข้อ 2.11").
ALTER TABLE rec_study ADD COLUMN reporter_acting_line VARCHAR(500);
ALTER TABLE rec_study ADD COLUMN reporter_basis_line VARCHAR(500);
ALTER TABLE rec_improvement ADD COLUMN reporter_acting_line VARCHAR(500);
ALTER TABLE rec_improvement ADD COLUMN reporter_basis_line VARCHAR(500);
