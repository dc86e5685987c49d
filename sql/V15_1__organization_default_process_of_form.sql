-- Issue 17: every request is filed under one work process, chosen from its form's processes.
-- Where a form serves several processes (F02, F04 in 5, 8 and 9; F03 in 5, 6, 8 and 9), one of
-- them is the one a new request starts under: the first process printing the form, except the
-- repair request F03, whose everyday work is process 6 (install, maintain and develop the
-- computer and telecom systems). Data, not code: an office may move the mark.
ALTER TABLE org_process_form ADD COLUMN default_for_form BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE org_process_form SET default_for_form = TRUE WHERE id IN (
  SELECT pf.id FROM org_process_form pf JOIN org_work_process p ON p.id = pf.process_id
  WHERE p.process_number = (SELECT MIN(p2.process_number) FROM org_process_form pf2
    JOIN org_work_process p2 ON p2.id = pf2.process_id WHERE pf2.form_id = pf.form_id));

UPDATE org_process_form SET default_for_form = FALSE
  WHERE form_id IN (SELECT id FROM org_form WHERE code = 'F03')
    AND process_id NOT IN (SELECT id FROM org_work_process WHERE process_number = 6);
UPDATE org_process_form SET default_for_form = TRUE
  WHERE form_id IN (SELECT id FROM org_form WHERE code = 'F03')
    AND process_id IN (SELECT id FROM org_work_process WHERE process_number = 6);
