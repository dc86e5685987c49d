-- Benchmark data: a realistic office for the load benchmark (issue 16). PostgreSQL only
-- (generate_series). NOT reference data: never run it on a production database. Run it against the
-- application's database after Flyway has migrated it (bench/office/run.sh does):
--   psql "$DB" -v ON_ERROR_STOP=1 -f bench/office/generate-office.sql
--
-- One transaction. It refuses to run twice (the first bench staff row is the marker). Generated
-- ids start at 60,000,001, far above what the sequences hand out (START WITH 1000, blocks of 50).
--
--   600 staff (uids bs0001..bs0600, not in the directory: they only request, type in and review)
--   150 schools (contact_school of school requests, locations of assets, F01 returns)
--   60,000 submissions over fiscal years 2568-2570 (2024-10-01 .. 2026-12-04), all 22 forms, with
--     the detail rows of F02/F03/F04/F05/F06/F07/F08/F14, their review chain (frm_step), running
--     numbers unique per (unit, fiscal year) and the counters moved past them;
--     what waits today (SUBMITTED/REVIEWED/APPROVED, ~110 rows): 50 F03 for the director, and about
--     50 items for nanphat (20 to review, 12 to assign, 18 ICT approvals); everything older is closed
--   100,000 assets (one CREATED event each), 2,000 evaluation answers (4 evaluations), 6 F01 rounds
--     of 150 schools each.
-- The 1,000,000 traffic lines are NOT here: run.sh writes them through the traffic module's capture
-- path (bench/traffic/TrafficBench.java) so that the keyed hash chain verifies.

BEGIN;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM org_staff WHERE id = 60000001) THEN
    RAISE EXCEPTION 'generate-office.sql: the office data is already loaded (org_staff 60000001 exists)';
  END IF;
END $$;

-- ---------------------------------------------------------------------------------- staff
-- 600 people spread over the 12 units and sub-units; every 12th (units 3, 10, 11, 12) is ICT.
INSERT INTO org_staff (id, office_id, prefix_th, given_name_th, family_name_th, given_name_en, family_name_en,
  directory_uid, unit_id, position_id, status, review_note, version)
SELECT 60000000 + i, 1,
       (ARRAY['นาย', 'นาง', 'นางสาว'])[1 + i % 3],
       (ARRAY['สมชาย', 'สมหญิง', 'วิชัย', 'มาลี', 'ประเสริฐ', 'สุดา', 'อนันต์', 'จิราพร', 'ธนา', 'กาญจนา'])[1 + i % 10]
         || ' ' || i,
       (ARRAY['ใจดี', 'รักเรียน', 'ศรีสุข', 'มั่นคง', 'บุญมา', 'ทองดี', 'แก้วใส'])[1 + i % 7],
       'Staff' || i, 'Bench',
       'bs' || lpad(i::text, 4, '0'),
       1 + (i - 1) % 12, NULL, 'ACTIVE', 'benchmark data', 0
FROM generate_series(1, 600) AS s(i);

-- everyone a submission or a step may name: uid, name, position, unit code
CREATE TEMP TABLE bench_person ON COMMIT DROP AS
SELECT s.directory_uid AS uid, concat_ws(' ', s.prefix_th || s.given_name_th, s.family_name_th) AS name,
       'เจ้าหน้าที่' AS position, u.code AS unit_code
FROM org_staff s LEFT JOIN org_unit u ON u.id = s.unit_id
WHERE s.directory_uid IS NOT NULL;

-- the 150 schools, by number
CREATE TEMP TABLE bench_school ON COMMIT DROP AS
SELECT n, 'โรงเรียน' || (ARRAY['บ้าน', 'วัด', 'ชุมชน', 'อนุบาล'])[1 + n % 4]
          || (ARRAY['หนองใหญ่', 'ท่าแซะ', 'ปากน้ำ', 'สวี', 'ทุ่งตะโก', 'หลังสวน', 'ละแม', 'พะโต๊ะ', 'ปะทิว', 'เขาทะลุ'])[1 + n % 10]
          || ' ' || n AS name,
       '8601' || lpad(n::text, 4, '0') AS code
FROM generate_series(1, 150) AS s(n);

-- ---------------------------------------------------------------------------------- assets
INSERT INTO ast_asset (id, asset_number, name, category, catalog_item_id, edition_id, brand, model, serial_no,
  acquired_on, price, budget_source, procurement_ref, location_kind, location, custodian_staff_id, custodian_uid,
  status, status_changed_at, created_at, search_text, version)
SELECT 60000000 + j,
       '7440-' || (300 + (j - 1) / 1000) || '-' || lpad((((j - 1) % 1000) + 1)::text, 4, '0') || '/67',
       (ARRAY['เครื่องคอมพิวเตอร์โน้ตบุ๊ก', 'เครื่องคอมพิวเตอร์ตั้งโต๊ะ', 'เครื่องพิมพ์เลเซอร์', 'จอแสดงภาพ',
              'อุปกรณ์กระจายสัญญาณ', 'เครื่องสำรองไฟฟ้า', 'เครื่องฉายภาพ'])[1 + j % 7] || ' ' || j,
       (ARRAY['คอมพิวเตอร์', 'คอมพิวเตอร์', 'เครื่องพิมพ์', 'คอมพิวเตอร์', 'เครือข่าย', 'ไฟฟ้า', 'โสตทัศนูปกรณ์'])[1 + j % 7],
       NULL, NULL,
       (ARRAY['Acer', 'Lenovo', 'HP', 'Dell', 'Brother', 'Epson'])[1 + j % 6],
       'M-' || (j % 53),
       'SN' || lpad(j::text, 8, '0'),
       DATE '2015-10-01' + (j % 4000),
       (4000 + (j % 60) * 750)::numeric(14, 2),
       'งบประมาณ ' || (2559 + j % 11),
       'จ ' || (j % 900) || '/' || (2559 + j % 11),
       CASE WHEN j % 3 = 0 THEN 'SCHOOL' ELSE 'OFFICE_ROOM' END,
       CASE WHEN j % 3 = 0 THEN (SELECT name FROM bench_school WHERE n = 1 + j % 150) ELSE 'ห้อง ' || (100 + j % 40) END,
       60000001 + j % 600,
       'bs' || lpad((1 + j % 600)::text, 4, '0'),
       (ARRAY['IN_USE', 'IN_USE', 'IN_USE', 'IN_USE', 'IN_USE', 'IN_USE', 'IN_USE', 'ON_LOAN', 'UNDER_REPAIR', 'BROKEN',
              'AWAITING_DISPOSAL', 'DISPOSED'])[1 + j % 12],
       now(), now(), '', 0
FROM generate_series(1, 100000) AS s(j);

UPDATE ast_asset SET search_text = lower(concat_ws(' ', asset_number, serial_no, name, brand, model, location))
 WHERE id BETWEEN 60000001 AND 60100000;

INSERT INTO ast_asset_event (id, asset_id, at_time, kind, from_status, to_status, actor_uid, acting_for_uid, basis,
  reason, detail, version)
SELECT 60000000 + j, 60000000 + j, now(), 'CREATED', NULL, 'IN_USE', 'khwansiri', NULL, NULL, NULL, 'benchmark data', 0
FROM generate_series(1, 100000) AS s(j);

-- ---------------------------------------------------------------------------------- submissions
-- The plan of every submission: form, final state, unit, requester, who typed it in, dates, people.
CREATE TEMP TABLE bench_plan ON COMMIT DROP AS
WITH base AS (
  SELECT i,
         TIMESTAMP WITH TIME ZONE '2024-10-01 08:00:00+07' + ((i - 1) * 794.0 / 60000) * INTERVAL '1 day' AS created_at,
         CASE
           WHEN i BETWEEN 59941 AND 59990 THEN 'F03'                                 -- waits for the director
           WHEN i BETWEEN 59891 AND 59908 THEN (ARRAY['F02', 'F05'])[1 + i % 2]       -- waits for nanphat (ICT unit)
           WHEN i BETWEEN 59881 AND 59890 THEN 'F05'                                 -- waits for wiparat (ADMIN)
           ELSE (SELECT f FROM (VALUES
             (0, 24, 'F03'), (25, 37, 'F02'), (38, 47, 'F04'), (48, 61, 'F05'), (62, 67, 'F08'), (68, 71, 'F14'),
             (72, 72, 'F06'), (73, 73, 'F07'), (74, 76, 'F01'), (77, 78, 'F09'), (79, 79, 'F10'), (80, 81, 'F11'),
             (82, 82, 'F12'), (83, 84, 'F13'), (85, 85, 'F15'), (86, 87, 'F16'), (88, 88, 'F17'), (89, 90, 'F18'),
             (91, 92, 'F19'), (93, 95, 'F20'), (96, 96, 'F21'), (97, 99, 'F22')) AS b(lo, hi, f)
             WHERE i % 100 BETWEEN lo AND hi)
         END AS form,
         CASE
           WHEN i BETWEEN 59941 AND 59990 THEN 'REVIEWED'
           WHEN i BETWEEN 59881 AND 59908 THEN 'REVIEWED'
           WHEN i BETWEEN 59921 AND 59940 THEN 'SUBMITTED'
           WHEN i BETWEEN 59909 AND 59920 THEN 'APPROVED'
           WHEN i BETWEEN 59801 AND 59880 THEN 'IN_PROGRESS'
           WHEN i > 59990 THEN 'DRAFT'
           WHEN (i * 37) % 100 < 2 THEN 'DRAFT'
           WHEN (i * 37) % 100 < 6 THEN 'WITHDRAWN'
           WHEN (i * 37) % 100 < 11 THEN 'REJECTED'
           WHEN (i * 37) % 100 < 17 THEN 'RETURNED'
           ELSE 'DONE'
         END AS state,
         -- requester: a school contact typed in by the ICT unit (2 in 5), a staff member, now and then a demo user
         CASE
           WHEN i BETWEEN 59881 AND 59890 THEN 'bs' || lpad((1 + 12 * (i % 50))::text, 4, '0')   -- ADMIN staff
           WHEN i BETWEEN 59891 AND 59908 THEN 'bs' || lpad((3 + 12 * (i % 50))::text, 4, '0')   -- ICT staff
           WHEN i % 5 IN (0, 1) THEN NULL
           WHEN i % 97 = 0 THEN 'sinlapachai'
           WHEN i % 89 = 0 THEN 'somchai'
           WHEN i % 83 = 0 THEN 'wiparat'
           ELSE 'bs' || lpad((1 + (i * 7) % 600)::text, 4, '0')
         END AS requester_uid,
         1 + i % 150 AS school_no,
         -- the ICT officer who typed a school's request in, reviewed, was assigned
         CASE WHEN i % 4 = 0 THEN 'khwansiri' ELSE 'bs' || lpad((3 + 12 * (i % 50))::text, 4, '0') END AS ict_uid,
         'bs' || lpad((15 + 12 * (i % 49))::text, 4, '0') AS ict_uid2
  FROM generate_series(1, 60000) AS s(i)
)
SELECT b.i, 60000000 + b.i AS id, b.form, b.state, b.created_at,
       (extract(year FROM (b.created_at AT TIME ZONE 'Asia/Bangkok') + INTERVAL '3 months') + 543)::int AS fy,
       b.requester_uid,
       COALESCE(p.name, 'ครูผู้ประสานงาน ' || b.school_no) AS requester_name,
       CASE WHEN b.requester_uid IS NULL THEN 'ครู' ELSE p.position END AS requester_position,
       CASE WHEN b.requester_uid IS NULL THEN sc.name END AS contact_school,
       CASE WHEN b.requester_uid IS NULL THEN '077-5' || lpad(b.school_no::text, 5, '0') END AS contact_phone,
       CASE WHEN b.requester_uid IS NULL THEN b.ict_uid ELSE b.requester_uid END AS created_by,
       CASE
         WHEN b.i BETWEEN 59891 AND 59908 THEN 'ICT'
         WHEN b.requester_uid IS NULL THEN 'ICT'
         ELSE p.unit_code
       END AS unit_code,
       -- reviewer (ICT unit) never the one who typed it in
       CASE WHEN b.requester_uid IS NULL AND b.ict_uid = 'khwansiri' THEN b.ict_uid2
            WHEN b.requester_uid IS NULL THEN 'khwansiri'
            ELSE b.ict_uid END AS reviewer_uid,
       b.school_no
FROM base b
LEFT JOIN bench_person p ON p.uid = b.requester_uid
LEFT JOIN bench_school sc ON sc.n = b.school_no;

-- who approves: office powers by the director; unit powers by the unit's head, else the director
-- above a unit without one (ESCALATION)
ALTER TABLE bench_plan ADD COLUMN approver_uid VARCHAR(64), ADD COLUMN approver_kind VARCHAR(20), ADD COLUMN amount NUMERIC(14, 2),
  ADD COLUMN running_no INTEGER;
UPDATE bench_plan SET
  approver_uid = CASE
    WHEN form IN ('F02', 'F04', 'F05', 'F08', 'F09', 'F14') AND unit_code IN ('ICT', 'ICT-SYSTEMS', 'ICT-SERVICES', 'ICT-LEARNING')
         AND coalesce(requester_uid, '') <> 'nanphat' THEN 'nanphat'
    WHEN form IN ('F02', 'F04', 'F05', 'F08', 'F09', 'F14') AND unit_code = 'ADMIN' AND coalesce(requester_uid, '') <> 'wiparat' THEN 'wiparat'
    WHEN form IN ('F02', 'F04', 'F05', 'F08', 'F09', 'F14') AND unit_code = 'FINANCE' AND coalesce(requester_uid, '') <> 'somchai' THEN 'somchai'
    ELSE 'director' END,
  amount = CASE form
    WHEN 'F02' THEN ((1 + i % 5) * (150 + (i % 20) * 25) + 2 * (90 + i % 10 * 5))::numeric(14, 2)
    WHEN 'F03' THEN (500 + (i % 40) * 250)::numeric(14, 2)
    WHEN 'F05' THEN CASE WHEN i % 3 = 0 THEN (1000 + (i % 10) * 500)::numeric(14, 2) END
    WHEN 'F06' THEN 19000.00 * (1 + i % 4)
    WHEN 'F07' THEN 18500.00 * (1 + (i - 1) % 4)
    ELSE NULL END;
UPDATE bench_plan SET approver_kind = CASE
    WHEN approver_uid = 'director' AND form IN ('F02', 'F04', 'F05', 'F08', 'F09', 'F14') THEN 'ESCALATION' ELSE 'OWN' END;
-- F04: the register's price of the lent asset
UPDATE bench_plan p SET amount = a.price
  FROM ast_asset a WHERE p.form = 'F04' AND a.id = 60000001 + (p.i * 7) % 100000;

-- running numbers: per unit and fiscal year, in the order filed; drafts have none
UPDATE bench_plan p SET running_no = n.rn
  FROM (SELECT id, row_number() OVER (PARTITION BY unit_code, fy ORDER BY id) AS rn
        FROM bench_plan WHERE state <> 'DRAFT') n
 WHERE n.id = p.id;

INSERT INTO frm_submission (id, form_code, state, unit_code, period_key, running_no, number_text, requester_uid,
  requester_name, requester_position, contact_school, contact_phone, created_by, subject, addressed_to, body, amount,
  assignee_uid, outcome, created_at, submitted_on, decided_at, closed_at, version)
SELECT p.id, p.form, p.state, p.unit_code,
       CASE WHEN p.running_no IS NOT NULL THEN p.fy END,
       p.running_no,
       CASE WHEN p.running_no IS NOT NULL THEN coalesce(o.letter_number_prefix, 'ศธ 04xxx') || '/' || p.running_no END,
       p.requester_uid, p.requester_name, p.requester_position, p.contact_school, p.contact_phone, p.created_by,
       (CASE p.form
          WHEN 'F02' THEN 'ขอใช้วัสดุอุปกรณ์คอมพิวเตอร์'
          WHEN 'F03' THEN 'แจ้งซ่อมเครื่องคอมพิวเตอร์'
          WHEN 'F04' THEN 'ขอยืมเครื่องฉายภาพ'
          WHEN 'F05' THEN 'ขอให้ติดตั้งโปรแกรมและเครือข่าย'
          WHEN 'F08' THEN 'ขอมีบัญชีผู้ใช้งานระบบ'
          WHEN 'F14' THEN 'ขอสิทธิ์เข้าถึงระบบสารสนเทศ'
          ELSE 'แบบ ' || p.form END) || ' (ชุดทดสอบ ' || p.i || ')',
       'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1',
       'เนื่องด้วยมีความจำเป็นต้องใช้งานเพื่อการปฏิบัติราชการ จึงเรียนมาเพื่อโปรดพิจารณา รายการที่ ' || p.i,
       p.amount,
       CASE WHEN p.state IN ('IN_PROGRESS', 'DONE', 'RETURNED') THEN
         CASE WHEN p.i BETWEEN 59801 AND 59840 THEN 'khwansiri' ELSE p.reviewer_uid END END,
       CASE WHEN p.state = 'DONE' THEN 'ดำเนินการเรียบร้อยแล้ว'
            WHEN p.state = 'RETURNED' THEN 'ส่งคืนผู้ขอ ไม่สามารถดำเนินการได้' END,
       p.created_at,
       CASE WHEN p.state <> 'DRAFT' THEN (p.created_at AT TIME ZONE 'Asia/Bangkok')::date END,
       CASE WHEN p.state IN ('APPROVED', 'IN_PROGRESS', 'DONE', 'RETURNED', 'REJECTED') THEN p.created_at + INTERVAL '3 hours' END,
       CASE WHEN p.state IN ('DONE', 'RETURNED', 'REJECTED', 'WITHDRAWN') THEN p.created_at + INTERVAL '2 days' END,
       0
FROM bench_plan p CROSS JOIN (SELECT letter_number_prefix FROM org_office WHERE id = 1) o;

-- the counters move past the numbers given out (new submissions continue after them)
INSERT INTO frm_counter (id, unit_code, period_key, last_no, version)
SELECT 60000000 + row_number() OVER (ORDER BY unit_code, fy), unit_code, fy, max(running_no), 0
FROM bench_plan WHERE running_no IS NOT NULL GROUP BY unit_code, fy
ON CONFLICT (unit_code, period_key) DO UPDATE SET last_no = greatest(frm_counter.last_no, EXCLUDED.last_no);

-- the chain of review and approval, one row per transition of the path to the final state
INSERT INTO frm_step (id, submission_id, action, from_state, to_state, actor_uid, actor_name, actor_position,
  acting_for_uid, acting_for_name, acting_for_position, basis, basis_kind, at, comment_text, actor_acting_role)
SELECT 60000000 + row_number() OVER (ORDER BY p.id, t.seq),
       p.id, t.action, t.from_state, t.to_state, a.uid, a.name, a.position, NULL, NULL, NULL,
       CASE WHEN t.action IN ('APPROVE', 'REJECT') AND p.approver_kind = 'ESCALATION'
            THEN 'ในฐานะผู้บังคับบัญชาของผู้อำนวยการกลุ่ม' END,
       CASE WHEN t.action IN ('APPROVE', 'REJECT') THEN p.approver_kind ELSE 'OWN' END,
       p.created_at + t.seq * INTERVAL '1 hour',
       CASE WHEN t.action = 'REJECT' THEN 'ไม่อนุมัติ งบประมาณไม่เพียงพอ' WHEN t.action = 'RETURN' THEN 'ซ่อมไม่ได้' END,
       NULL
FROM bench_plan p
JOIN (VALUES
  (1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'req', ARRAY['SUBMITTED', 'REVIEWED', 'APPROVED', 'IN_PROGRESS', 'DONE', 'RETURNED', 'REJECTED', 'WITHDRAWN']),
  (2, 'REVIEW', 'SUBMITTED', 'REVIEWED', 'ict', ARRAY['REVIEWED', 'APPROVED', 'IN_PROGRESS', 'DONE', 'RETURNED', 'REJECTED']),
  (2, 'WITHDRAW', 'SUBMITTED', 'WITHDRAWN', 'req', ARRAY['WITHDRAWN']),
  (3, 'APPROVE', 'REVIEWED', 'APPROVED', 'appr', ARRAY['APPROVED', 'IN_PROGRESS', 'DONE', 'RETURNED']),
  (3, 'REJECT', 'REVIEWED', 'REJECTED', 'appr', ARRAY['REJECTED']),
  (4, 'ASSIGN', 'APPROVED', 'IN_PROGRESS', 'ict', ARRAY['IN_PROGRESS', 'DONE', 'RETURNED']),
  (5, 'COMPLETE', 'IN_PROGRESS', 'DONE', 'ict', ARRAY['DONE']),
  (5, 'RETURN', 'IN_PROGRESS', 'RETURNED', 'ict', ARRAY['RETURNED'])
) AS t(seq, action, from_state, to_state, who, finals) ON p.state = ANY (t.finals)
JOIN bench_person a ON a.uid = CASE t.who WHEN 'req' THEN p.created_by WHEN 'ict' THEN p.reviewer_uid ELSE p.approver_uid END;

-- F02: two lines each; quantity x unit price add up to the amount
INSERT INTO frm_use_item (id, submission_id, line_no, description, quantity, unit_name, asset_id, unit_price)
SELECT 60000000 + 2 * p.i + l.line_no - 1, p.id, l.line_no,
       CASE l.line_no WHEN 1 THEN 'หมึกพิมพ์เลเซอร์' ELSE 'สายแลน CAT6' END,
       CASE l.line_no WHEN 1 THEN 1 + p.i % 5 ELSE 2 END, CASE l.line_no WHEN 1 THEN 'กล่อง' ELSE 'เส้น' END, NULL,
       CASE l.line_no WHEN 1 THEN 150 + (p.i % 20) * 25 ELSE 90 + p.i % 10 * 5 END
FROM bench_plan p CROSS JOIN (VALUES (1), (2)) AS l(line_no)
WHERE p.form = 'F02';

-- F03: an asset of the register (9 in 10) or a described item
INSERT INTO frm_repair (submission_id, asset_id, asset_number, asset_name, described_item, location, symptoms, beyond_repair)
SELECT p.id,
       CASE WHEN p.i % 10 <> 0 THEN a.id END,
       CASE WHEN p.i % 10 <> 0 THEN a.asset_number END,
       CASE WHEN p.i % 10 <> 0 THEN a.name END,
       CASE WHEN p.i % 10 = 0 THEN 'เครื่องพิมพ์ของโรงเรียน' END,
       coalesce(p.contact_school, 'ห้อง ' || (100 + p.i % 40)),
       (ARRAY['เปิดไม่ติด', 'จอภาพไม่แสดงผล', 'เครื่องช้ามาก มีเสียงดัง', 'เชื่อมต่อเครือข่ายไม่ได้', 'กระดาษติด'])[1 + p.i % 5],
       p.state = 'RETURNED' AND p.i % 2 = 0
FROM bench_plan p JOIN ast_asset a ON a.id = 60000001 + (p.i * 13) % 100000
WHERE p.form = 'F03';

-- F04: one asset per loan, each asset lent at most once by this data (no overlaps)
INSERT INTO frm_loan (id, submission_id, asset_id, asset_number, asset_name, loan_from, loan_until, handed_out_on,
  returned_on, condition_ok, condition_note)
SELECT 60000000 + p.i, p.id, a.id, a.asset_number, a.name,
       (p.created_at AT TIME ZONE 'Asia/Bangkok')::date + 3, (p.created_at AT TIME ZONE 'Asia/Bangkok')::date + 7,
       CASE WHEN p.state IN ('IN_PROGRESS', 'DONE', 'RETURNED') THEN (p.created_at AT TIME ZONE 'Asia/Bangkok')::date + 3 END,
       CASE WHEN p.state IN ('DONE', 'RETURNED') THEN (p.created_at AT TIME ZONE 'Asia/Bangkok')::date + 7 END,
       CASE WHEN p.state = 'DONE' THEN TRUE WHEN p.state = 'RETURNED' THEN FALSE END,
       CASE WHEN p.state = 'RETURNED' THEN 'ชำรุด' END
FROM bench_plan p JOIN ast_asset a ON a.id = 60000001 + (p.i * 7) % 100000
WHERE p.form = 'F04';
INSERT INTO frm_loan_guard (asset_id, version)
SELECT DISTINCT asset_id, 0 FROM frm_loan WHERE id > 60000000
ON CONFLICT (asset_id) DO NOTHING;

-- F05
INSERT INTO frm_action (submission_id, action_kind, location, wanted_by)
SELECT p.id, (ARRAY['INSTALL', 'SETUP', 'NETWORK', 'SOFTWARE', 'ACCOUNT', 'OTHER'])[1 + p.i % 6],
       coalesce(p.contact_school, 'ห้อง ' || (100 + p.i % 40)), (p.created_at AT TIME ZONE 'Asia/Bangkok')::date + 14
FROM bench_plan p WHERE p.form = 'F05';

-- F06: one item of the starter catalogue (edition 1, item 11); F07 compares offers against the F06
-- filed just before it
INSERT INTO frm_spec (submission_id, edition_id, edition_name, total, reference_total, assets_created_at,
  assets_created_by, version)
SELECT p.id, 1, 'มีนาคม 2566', p.amount, p.amount, NULL, NULL, 0 FROM bench_plan p WHERE p.form = 'F06';
INSERT INTO frm_spec_item (id, submission_id, item_no, catalog_item_id, catalog_item_no, name, unit_name, quantity,
  reference_price, unit_price, price_reason)
SELECT 60000000 + p.i, p.id, 1, 1, '11', 'เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน', 'เครื่อง', 1 + p.i % 4,
       19000.00, 19000.00, NULL
FROM bench_plan p WHERE p.form = 'F06';
INSERT INTO frm_comparison (submission_id, spec_submission_id, version)
SELECT p.id, p.id - 1, 0 FROM bench_plan p WHERE p.form = 'F07';
INSERT INTO frm_offer (id, submission_id, offer_no, vendor, spec_item_id, unit_price, note, compliant, winner)
SELECT 60000000 + p.i, p.id, 1, 'บริษัท ทดสอบ จำกัด', 60000000 + p.i - 1, 18500.00, NULL, TRUE, TRUE
FROM bench_plan p WHERE p.form = 'F07';

-- F08 and F14
INSERT INTO frm_account (submission_id, account_uid, thai_name, english_name, position_title, unit_name, mail,
  services, status, created_at, created_by, card_token, card_valid_until, version)
SELECT p.id, 'new' || p.i, p.requester_name, NULL, 'เจ้าหน้าที่', 'กลุ่มส่งเสริมการศึกษาทางไกลฯ', NULL,
       'EMAIL,INTRANET', CASE WHEN p.state = 'DONE' THEN 'TASK_DONE' ELSE 'REQUESTED' END,
       NULL, NULL, NULL, NULL, 0
FROM bench_plan p WHERE p.form = 'F08';
INSERT INTO frm_access (submission_id, system_code, role_wanted, holder_uid, holder_name, unit_code, valid_from,
  valid_until, granted_at, granted_by, ended_at, ended_by, end_reason, reviewed_at, reviewed_by, version)
SELECT p.id, (ARRAY['DMC', 'EMIS', 'B_OBEC', 'M_OBEC', 'EFA', 'E_OFFICE'])[1 + p.i % 6], 'ผู้บันทึกข้อมูล',
       coalesce(p.requester_uid, 'bs0001'), p.requester_name, p.unit_code,
       (p.created_at AT TIME ZONE 'Asia/Bangkok')::date + 1, (p.created_at AT TIME ZONE 'Asia/Bangkok')::date + 180,
       CASE WHEN p.state = 'DONE' THEN p.created_at + INTERVAL '1 day' END,
       CASE WHEN p.state = 'DONE' THEN p.reviewer_uid END,
       NULL, NULL, NULL, NULL, NULL, 0
FROM bench_plan p WHERE p.form = 'F14';

-- what was done on the finished repairs (the F21 sums parts and their cost)
INSERT INTO frm_work_log (id, submission_id, actor_uid, at, note, parts, parts_cost)
SELECT 60000000 + p.i, p.id, p.reviewer_uid, p.created_at + INTERVAL '1 day', 'ตรวจสอบและเปลี่ยนอะไหล่',
       CASE WHEN p.i % 2 = 0 THEN 'แรม 8GB' END, CASE WHEN p.i % 2 = 0 THEN 1200.00 END
FROM bench_plan p WHERE p.form = 'F03' AND p.state IN ('IN_PROGRESS', 'DONE', 'RETURNED');

-- ---------------------------------------------------------------------------------- evaluations
-- four evaluations (F11, F18, F20, F22) of 2 sections x 5 items and 2 open questions; 500 answer
-- sheets each = 2,000 (office staff by uid; the F20 from the public, by browser key hash)
INSERT INTO evl_evaluation (id, form_code, title, description, fiscal_year, subject, allowed_groups, anonymous, state,
  planned_close, created_at, created_by, opened_at, opened_by, closed_at, closed_by, version)
SELECT 60000000 + e, f, 'แบบประเมิน ' || f || ' ปีงบประมาณ ' || fy, NULL, fy, 'ระบบงานของกลุ่ม ICT',
       CASE WHEN f = 'F20' THEN 'PUBLIC' ELSE 'OFFICE_STAFF,SCHOOL_STAFF' END, f = 'F20',
       CASE WHEN fy = 2569 THEN 'CLOSED' ELSE 'OPEN' END, DATE '2027-09-30', now() - INTERVAL '200 days', 'khwansiri',
       now() - INTERVAL '199 days', 'khwansiri',
       CASE WHEN fy = 2569 THEN now() - INTERVAL '70 days' END, CASE WHEN fy = 2569 THEN 'khwansiri' END, 0
FROM (VALUES (1, 'F11', 2569), (2, 'F18', 2569), (3, 'F20', 2570), (4, 'F22', 2570)) AS v(e, f, fy);
INSERT INTO evl_section (id, evaluation_id, ordinal, title)
SELECT 60000000 + e * 10 + s, 60000000 + e, s, CASE s WHEN 1 THEN 'ด้านระบบ' ELSE 'ด้านการให้บริการ' END
FROM generate_series(1, 4) e, generate_series(1, 2) s;
INSERT INTO evl_item (id, evaluation_id, section_id, ordinal, wording)
SELECT 60000000 + e * 100 + s * 10 + k, 60000000 + e, 60000000 + e * 10 + s, k, 'ข้อคำถามที่ ' || s || '.' || k
FROM generate_series(1, 4) e, generate_series(1, 2) s, generate_series(1, 5) k;
INSERT INTO evl_question (id, evaluation_id, ordinal, wording)
SELECT 60000000 + e * 10 + q, 60000000 + e, q, CASE q WHEN 1 THEN 'ข้อเสนอแนะ' ELSE 'ปัญหาที่พบ' END
FROM generate_series(1, 4) e, generate_series(1, 2) q;
INSERT INTO evl_response (id, evaluation_id, respondent_uid, client_key_hash, respondent_group, school_name, submitted_at)
SELECT 60000000 + e * 1000 + r, 60000000 + e,
       CASE WHEN e = 3 THEN NULL ELSE 'bs' || lpad(r::text, 4, '0') END,
       CASE WHEN e = 3 THEN md5('browser' || r) || md5('key' || r) END,
       CASE WHEN e = 3 THEN 'PUBLIC' ELSE 'OFFICE_STAFF' END, NULL, now() - (r || ' hours')::interval
FROM generate_series(1, 4) e, generate_series(1, 500) r;
INSERT INTO evl_rating (id, response_id, evaluation_id, item_id, score)
SELECT 60000000 + (e * 1000 + r) * 10 + (s - 1) * 5 + k - 1, 60000000 + e * 1000 + r, 60000000 + e,
       60000000 + e * 100 + s * 10 + k, 1 + (r + s + k) % 5
FROM generate_series(1, 4) e, generate_series(1, 500) r, generate_series(1, 2) s, generate_series(1, 5) k;
INSERT INTO evl_open_answer (id, response_id, evaluation_id, question_id, answer_text)
SELECT 60000000 + e * 1000 + r, 60000000 + e * 1000 + r, 60000000 + e, 60000000 + e * 10 + 1, 'ควรปรับปรุงความเร็ว ' || r
FROM generate_series(1, 4) e, generate_series(1, 500) r WHERE r % 5 = 0;

-- ---------------------------------------------------------------------------------- F01 rounds
-- DMC and EMIS rounds of three fiscal years, one expected return from each of the 150 schools
INSERT INTO rec_round (id, system_code, other_name, label, fiscal_year, due_date, note, created_at, created_by,
  updated_at, updated_by, version)
SELECT 60000000 + r, CASE WHEN r % 2 = 0 THEN 'DMC' ELSE 'EMIS' END, NULL,
       CASE WHEN r % 2 = 0 THEN 'DMC' ELSE 'EMIS' END || ' ภาคเรียนที่ 1/' || (2566 + (r + 1) / 2),
       2567 + (r + 1) / 2, DATE '2024-06-10' + ((r - 1) / 2) * 365, NULL, now(), 'khwansiri', now(), 'khwansiri', 0
FROM generate_series(1, 6) r;
INSERT INTO rec_return (id, round_id, submitter_kind, code, name, submitted_at, submitted_by, records_count, note,
  recorded_at, recorded_by, version)
SELECT 60000000 + r * 1000 + sc.n, 60000000 + r, 'SCHOOL', sc.code, sc.name,
       CASE WHEN (sc.n + r) % 10 <> 0 THEN TIMESTAMP WITH TIME ZONE '2024-06-01 10:00:00+07' + ((r - 1) / 2) * INTERVAL '365 days' + (sc.n % 15) * INTERVAL '1 day' END,
       CASE WHEN (sc.n + r) % 10 <> 0 THEN 'ครูธุรการ' END,
       CASE WHEN (sc.n + r) % 10 <> 0 THEN 50 + sc.n * 3 END, NULL,
       CASE WHEN (sc.n + r) % 10 <> 0 THEN now() END, CASE WHEN (sc.n + r) % 10 <> 0 THEN 'khwansiri' END, 0
FROM generate_series(1, 6) r CROSS JOIN bench_school sc;

COMMIT;
