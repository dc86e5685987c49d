-- Issue 17: approving a work process's yearly plan is the area director's (the manual: "เสนอ ผอ.สพป.
-- เพื่อพิจารณาอนุมัติ"); while she is away her stand-in by order acts, or whoever she delegated it to.
INSERT INTO dlg_power (code, name_th, name_en, form_codes, holder_level, holder_ceiling, sort_order) VALUES
  ('APPROVE_PLAN', 'อนุมัติแผนปฏิบัติงานประจำปีของกระบวนงาน', 'Approve a work process''s yearly plan', 'PLN', 'OFFICE', NULL, 90);
