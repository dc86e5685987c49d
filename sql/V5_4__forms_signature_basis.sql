-- Issue 15: a step records the basis it was really taken on. A stand-in of the head of the office
-- (a statutory post) signs "รักษาราชการแทน" (ACTING_HEAD), not "ปฏิบัติหน้าที่แทน"; a superior deciding
-- because nobody below may (ESCALATION) signs in her own name "ในฐานะผู้บังคับบัญชาของ …", not as OWN.
-- actor_acting_role keeps the acting role the order in force gave the signer, exactly as it prints it
-- ("ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่ม…"), printed under her own position.
ALTER TABLE frm_step DROP CONSTRAINT ck_frm_step_basis;
ALTER TABLE frm_step ADD CONSTRAINT ck_frm_step_basis
  CHECK (basis_kind IN ('OWN','STAND_IN','ACTING_HEAD','DELEGATION','ESCALATION'));
ALTER TABLE frm_step ADD COLUMN actor_acting_role VARCHAR(500);
