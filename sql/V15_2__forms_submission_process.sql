-- Issue 17: a request is filed under one work process (org_work_process.process_number), chosen
-- from its form's processes, so that a process's page lists its own cases only (one F03 showed
-- under processes 5, 6, 8 and 9). Requests filed before this change are put under their form's
-- default process (V15_1); a form no process uses keeps none.
ALTER TABLE frm_submission ADD COLUMN process_no INTEGER;

UPDATE frm_submission SET process_no = (
  SELECT MIN(p.process_number) FROM org_process_form pf
    JOIN org_form f ON f.id = pf.form_id
    JOIN org_work_process p ON p.id = pf.process_id
  WHERE f.code = frm_submission.form_code AND pf.default_for_form = TRUE);

CREATE INDEX ix_frm_submission_process ON frm_submission (process_no, created_at);
