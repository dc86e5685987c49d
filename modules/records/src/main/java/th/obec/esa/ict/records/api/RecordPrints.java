package th.obec.esa.ict.records.api;

import th.obec.esa.ict.platform.security.Actor;

/**
 * The F13 and F16 records printed as they stand, at any stage, for their recorder to sign (their
 * reports, F15 and F17, print once issued). Any reader of the records may print them.
 */
public interface RecordPrints {

  /** The F13 แบบบันทึกการศึกษาวิเคราะห์ of a study, as PDF. */
  byte[] studyRecordPdf(long studyId, Actor actor);

  /** The F16 แบบบันทึกพัฒนา ปรับปรุง และประยุกต์ใช้ ICT of an improvement, as PDF. */
  byte[] improvementRecordPdf(long improvementId, Actor actor);
}
