-- ส่งคืนแก้ไข: a request sent back to its requester for correction by the reviewer or the approver
-- (issue 21) waits in the new state CORRECTION until it is corrected and submitted again.
ALTER TABLE frm_submission DROP CONSTRAINT ck_frm_submission_state;
ALTER TABLE frm_submission ADD CONSTRAINT ck_frm_submission_state CHECK (state IN ('DRAFT','SUBMITTED','REVIEWED',
  'APPROVED','IN_PROGRESS','DONE','RETURNED','REJECTED','WITHDRAWN','CORRECTION'));
