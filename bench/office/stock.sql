-- Stock of F03 repair requests of the benchmark journeys (bench/office/run.sh), so that every
-- write step of a wrk run finds enough requests in the state it needs: drafts to submit, submitted
-- ones to review, reviewed ones to approve. Filed as sinlapachai (unit FINANCE), subject
-- "bench journey ...", ids from 61,000,001. Numbered ones take their numbers from the unit's
-- counter of the current fiscal year, which moves past them, as NumberingService would.
--   psql "$DB" -v ON_ERROR_STOP=1 -v state=SUBMITTED -v n=1000 -f bench/office/stock.sql
BEGIN;

SELECT coalesce(max(id), 61000000) AS base FROM frm_submission WHERE id BETWEEN 61000001 AND 61999999 \gset
SELECT (extract(year FROM (now() AT TIME ZONE 'Asia/Bangkok') + INTERVAL '3 months') + 543)::int AS fy \gset

INSERT INTO frm_counter (id, unit_code, period_key, last_no, version)
SELECT 61000000 + :fy, 'FINANCE', :fy, 0, 0
ON CONFLICT (unit_code, period_key) DO NOTHING;
SELECT last_no AS lastno FROM frm_counter WHERE unit_code = 'FINANCE' AND period_key = :fy FOR UPDATE \gset

INSERT INTO frm_submission (id, form_code, state, unit_code, period_key, running_no, number_text, requester_uid,
  requester_name, requester_position, contact_school, contact_phone, created_by, subject, addressed_to, body, amount,
  assignee_uid, outcome, created_at, submitted_on, decided_at, closed_at, version)
SELECT :base + k, 'F03', :'state', 'FINANCE',
       CASE WHEN :'state' <> 'DRAFT' THEN :fy END,
       CASE WHEN :'state' <> 'DRAFT' THEN :lastno + k END,
       CASE WHEN :'state' <> 'DRAFT' THEN coalesce((SELECT letter_number_prefix FROM org_office WHERE id = 1), 'ศธ 04xxx') || '/' || (:lastno + k) END,
       'sinlapachai', 'นายศิลปชัย เผือกขำ', NULL, NULL, NULL, 'sinlapachai', 'bench journey stock ' || k,
       'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1', 'เครื่องพิมพ์เปิดไม่ติด', 1500.00,
       NULL, NULL, now(), CASE WHEN :'state' <> 'DRAFT' THEN (now() AT TIME ZONE 'Asia/Bangkok')::date END, NULL, NULL, 0
FROM generate_series(1, :n) AS s(k);

UPDATE frm_counter SET last_no = last_no + CASE WHEN :'state' <> 'DRAFT' THEN :n ELSE 0 END
 WHERE unit_code = 'FINANCE' AND period_key = :fy;

INSERT INTO frm_repair (submission_id, asset_id, asset_number, asset_name, described_item, location, symptoms, beyond_repair)
SELECT :base + k, NULL, NULL, NULL, 'เครื่องพิมพ์ห้องการเงิน', 'ห้อง 204', 'เปิดไม่ติด', FALSE
FROM generate_series(1, :n) AS s(k);

INSERT INTO frm_step (id, submission_id, action, from_state, to_state, actor_uid, actor_name, actor_position,
  acting_for_uid, acting_for_name, acting_for_position, basis, basis_kind, at, comment_text, actor_acting_role)
SELECT :base + k, :base + k, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'sinlapachai', 'นายศิลปชัย เผือกขำ', NULL,
       NULL, NULL, NULL, NULL, 'OWN', now(), NULL, NULL
FROM generate_series(1, :n) AS s(k) WHERE :'state' IN ('SUBMITTED', 'REVIEWED');
INSERT INTO frm_step (id, submission_id, action, from_state, to_state, actor_uid, actor_name, actor_position,
  acting_for_uid, acting_for_name, acting_for_position, basis, basis_kind, at, comment_text, actor_acting_role)
SELECT 62000000 + :base + k - 61000000, :base + k, 'REVIEW', 'SUBMITTED', 'REVIEWED', 'khwansiri', 'นางขวัญศิริ กองช่าง',
       NULL, NULL, NULL, NULL, NULL, 'OWN', now(), NULL, NULL
FROM generate_series(1, :n) AS s(k) WHERE :'state' = 'REVIEWED';

COMMIT;
