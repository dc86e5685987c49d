-- Benchmark data: 100,000 made-up assets (and one CREATED history entry each) for measuring the
-- asset list at scale. PostgreSQL only (generate_series). NOT reference data: never run it on a
-- production database. Run against the application's database after it has migrated:
--   psql "$ICT_BENCH_DB" -v ON_ERROR_STOP=1 -f bench/assets/generate-assets.sql
-- Ids start at 50,000,000, far above what the sequences hand out; asset numbers use the FSN class
-- 7440 with groups 100-199 and the fiscal year 2566, so they follow the default pattern.
-- Running it twice is refused by the unique asset numbers (delete the rows first, see the end).

BEGIN;

INSERT INTO ast_asset (id, asset_number, name, category, catalog_item_id, edition_id, brand, model, serial_no,
  acquired_on, price, budget_source, procurement_ref, location_kind, location, custodian_staff_id, custodian_uid,
  status, status_changed_at, created_at, search_text, version)
SELECT 50000000 + i,
       '7440-' || (100 + (i - 1) / 1000) || '-' || lpad((((i - 1) % 1000) + 1)::text, 4, '0') || '/66',
       (ARRAY['เครื่องคอมพิวเตอร์โน้ตบุ๊ก', 'เครื่องคอมพิวเตอร์ตั้งโต๊ะ', 'เครื่องพิมพ์เลเซอร์', 'จอแสดงภาพ', 'อุปกรณ์กระจายสัญญาณ'])[1 + i % 5]
         || ' ชุดทดสอบ ' || i,
       'คอมพิวเตอร์',
       NULL, NULL,
       (ARRAY['BrandA', 'BrandB', 'BrandC', 'BrandD'])[1 + i % 4],
       'M-' || (i % 37),
       'BENCH' || lpad(i::text, 7, '0'),
       DATE '2019-10-01' + (i % 1800),
       (10000 + (i % 40) * 500)::numeric(14, 2),
       'งบประมาณ ' || (2563 + i % 4),
       'จ ' || (i % 500) || '/' || (2563 + i % 4),
       CASE WHEN i % 3 = 0 THEN 'SCHOOL' ELSE 'OFFICE_ROOM' END,
       CASE WHEN i % 3 = 0 THEN 'โรงเรียนทดสอบ ' || (i % 180) ELSE 'ห้อง ' || (100 + i % 40) END,
       1000 + (i % 60),
       NULL,
       (ARRAY['IN_USE', 'IN_USE', 'IN_USE', 'IN_USE', 'IN_USE', 'IN_USE', 'ON_LOAN', 'UNDER_REPAIR', 'BROKEN',
              'AWAITING_DISPOSAL', 'DISPOSED'])[1 + i % 11],
       now(), now(),
       '',
       0
FROM generate_series(1, 100000) AS s(i);

-- the register keeps search_text as the lower-cased number, serial, name, brand, model, location
UPDATE ast_asset
   SET search_text = lower(concat_ws(' ', asset_number, serial_no, name, brand, model, location))
 WHERE id BETWEEN 50000001 AND 50100000;

INSERT INTO ast_asset_event (id, asset_id, at_time, kind, from_status, to_status, actor_uid, acting_for_uid, basis,
  reason, detail, version)
SELECT 50000000 + i, 50000000 + i, now(), 'CREATED', NULL, 'IN_USE', 'bench', NULL, NULL, NULL, 'benchmark data', 0
FROM generate_series(1, 100000) AS s(i);

COMMIT;

ANALYZE ast_asset;
ANALYZE ast_asset_event;

-- To remove the benchmark data again:
--   DELETE FROM ast_asset_event WHERE id BETWEEN 50000001 AND 50100000;
--   DELETE FROM ast_asset WHERE id BETWEEN 50000001 AND 50100000;
