-- The named powers the manual's forms need (DOMAIN.md §4). Open to extension: a later migration
-- adds rows. APPROVE_REPAIR, APPROVE_SPEC and SIGN_REPORT are the office director's (purchases,
-- repairs and reports leave the group under the director's signature); the others are decided by
-- the head of the unit concerned (for the ICT group: its acting director, order 275/2561).
INSERT INTO dlg_power (code, name_th, name_en, form_codes, holder_level, holder_ceiling, sort_order) VALUES
  ('APPROVE_USE_REQUEST', 'อนุมัติคำขอใช้วัสดุอุปกรณ์', 'Approve requests to use materials or equipment', 'F02', 'UNIT', NULL, 10),
  ('APPROVE_REPAIR', 'อนุมัติการแจ้งซ่อมวัสดุอุปกรณ์', 'Approve repair requests', 'F03', 'OFFICE', NULL, 20),
  ('APPROVE_LOAN', 'อนุมัติการยืมวัสดุอุปกรณ์', 'Approve equipment loans', 'F04', 'UNIT', NULL, 30),
  ('APPROVE_ACTION', 'อนุมัติให้ดำเนินการตามบันทึกขอให้ดำเนินการ', 'Approve requests to carry out a job', 'F05', 'UNIT', NULL, 40),
  ('APPROVE_SPEC', 'อนุมัติการกำหนดคุณสมบัติและผลการเปรียบเทียบคุณสมบัติ', 'Approve specifications and their comparison', 'F06,F07', 'OFFICE', NULL, 50),
  ('APPROVE_ACCOUNT', 'อนุมัติคำขอมีบัตรประจำตัวผู้ใช้งาน', 'Approve user-account requests', 'F08', 'UNIT', NULL, 60),
  ('APPROVE_ACCESS', 'อนุมัติคำร้องขอเข้าถึงระบบข้อมูลสารสนเทศ', 'Approve requests for access to an information system', 'F14', 'UNIT', NULL, 70),
  ('SIGN_REPORT', 'ลงนามรายงาน', 'Sign reports', 'F10,F12,F15,F17,F21', 'OFFICE', NULL, 80);
