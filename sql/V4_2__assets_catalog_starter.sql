-- Starter catalogue: only rows whose name and price come from a published edition of the MDES
-- list (เกณฑ์ราคากลางและคุณลักษณะพื้นฐานการจัดหาอุปกรณ์และระบบคอมพิวเตอร์). See docs/assets.md for
-- what is included, the sources, and why every other item is left out.
-- Explicit ids below 1000 (the sequences start at 1000).

INSERT INTO ast_edition (id, name, publisher, announced_on, effective_from, source_document, note, version)
VALUES (1, 'มีนาคม 2566', 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', DATE '2023-03-13', NULL,
  'เกณฑ์ราคากลางและคุณลักษณะพื้นฐานการจัดหาอุปกรณ์และระบบคอมพิวเตอร์ ฉบับเดือนมีนาคม 2566',
  'ประกาศ ณ วันที่ 13 มีนาคม 2566 (as quoted by public agency pages that republish the edition). '
  || 'Only items whose name and price could be sourced are included; the effective date is not recorded.',
  0);

-- Item 11: notebook computer for office work, 19,000 baht (issue 5; mercular.com article on the
-- March 2566 edition, items 11, 12, 60 and 61). The page of the edition and the spec lines
-- could not be sourced, so source_page is NULL and the item has no spec lines.
INSERT INTO ast_catalog_item (id, edition_id, item_no, category, name_th, name_en, name_key, unit,
  reference_price, source_page, source_note, version)
VALUES (1, 1, '11', NULL, 'เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน', NULL,
  'เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน', NULL, 19000.00, NULL,
  'ฉบับมีนาคม 2566 ข้อ 11; หน้าในเอกสารและคุณลักษณะพื้นฐานยังไม่ได้ตรวจจากต้นฉบับ (page and spec lines not verified against the original)',
  0);
