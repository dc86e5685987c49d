package th.obec.esa.ict.records.port;

/**
 * The office's own name for the head of printed reports (the office is data, never a constant:
 * one installation serves one office).
 */
public interface OfficeName {

  /** The full name, e.g. "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1". */
  String fullName();

  /** The ICT group's name as printed under it, e.g. "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร". */
  String ictUnitName();
}
