package th.obec.esa.ict.forms.catalog;

/**
 * The manual's forms (DOMAIN.md §4), and the one kind of work the manual's processes need that is
 * not among its forms: a process's yearly plan ({@link #PLN}, issue 17: "จัดทำแผนงาน/โครงการ เสนอ
 * ผอ.สพป."), filed, proposed and approved as a form so that it goes through the same chain, inbox
 * and authority check. Every submission carries one; the power names the authority that approves
 * it, checked through the delegation module.
 */
public enum FormCode {
  F01("แบบจัดเก็บข้อมูลตามโปรแกรมฐานข้อมูลกลาง", "Central database data-collection return", "SIGN_REPORT"),
  F02("แบบบันทึกขอใช้วัสดุอุปกรณ์", "Request to use materials or equipment", "APPROVE_USE_REQUEST"),
  F03("แบบแจ้งซ่อมวัสดุอุปกรณ์", "Repair request", "APPROVE_REPAIR"),
  F04("แบบบันทึกขอยืมวัสดุอุปกรณ์", "Request to borrow equipment", "APPROVE_LOAN"),
  F05("แบบบันทึกขอให้ดำเนินการ", "Request for action", "APPROVE_ACTION"),
  F06("แบบการกำหนดคุณสมบัติ", "Specification definition", "APPROVE_SPEC"),
  F07("แบบสรุปเปรียบเทียบคุณสมบัติ", "Specification comparison summary", "APPROVE_SPEC"),
  F08("แบบคำขอมีบัตรประจำตัวในการใช้งาน", "Request for a user account", "APPROVE_ACCOUNT"),
  F09("แบบบัตรประจำตัวผู้ใช้งานในระบบ", "User ID card", "APPROVE_ACCOUNT"),
  F10("แบบสรุปผลการดำเนินงาน", "Summary of work done", "SIGN_REPORT"),
  F11("แบบติดตาม ประเมินผลระบบเครือข่ายคอมพิวเตอร์และระบบสื่อสารโทรคมนาคม", "Network and telecom evaluation", "SIGN_REPORT"),
  F12("แบบรายงานสรุปผลการประเมิน", "Evaluation summary report", "SIGN_REPORT"),
  F13("แบบบันทึกการศึกษาวิเคราะห์", "Record of a study and analysis", "SIGN_REPORT"),
  F14("แบบคำร้องขอเข้าถึงระบบข้อมูลสารสนเทศ", "Request for access to an information system", "APPROVE_ACCESS"),
  F15("แบบรายงานผลการศึกษาวิเคราะห์", "Report of a study and analysis", "SIGN_REPORT"),
  F16("แบบบันทึกพัฒนา ปรับปรุง และประยุกต์ใช้ ICT", "Record of an ICT improvement", "SIGN_REPORT"),
  F17("แบบรายงานผลการพัฒนา ปรับปรุง และประยุกต์ใช้ ICT", "Report of an ICT improvement", "SIGN_REPORT"),
  F18("แบบสอบถาม", "Questionnaire", "SIGN_REPORT"),
  F19("แบบประเมิน", "Evaluation form", "SIGN_REPORT"),
  F20("แบบติดตาม ประเมินผลและรับข้อเสนอแนะจากผู้เกี่ยวข้อง", "Website monitoring and feedback", "SIGN_REPORT"),
  F21("แบบรายงานสรุปผลการดำเนินงานในรอบปี", "Yearly work summary report", "SIGN_REPORT"),
  F22("แบบติดตาม การประเมินผลระบบข้อมูลสารสนเทศเพื่อการบริหารและการจัดการเรียนรู้", "MIS evaluation", "SIGN_REPORT"),
  /** Not a form of the manual: the yearly plan of a work process, approved by the area director. */
  PLN("แผนปฏิบัติงานประจำปีของกระบวนงาน", "Yearly plan of a work process", "APPROVE_PLAN");

  private final String thaiName;
  private final String englishName;
  private final String approvalPower;

  FormCode(String thaiName, String englishName, String approvalPower) {
    this.thaiName = thaiName;
    this.englishName = englishName;
    this.approvalPower = approvalPower;
  }

  public String thaiName() {
    return thaiName;
  }

  public String englishName() {
    return englishName;
  }

  /** The power checked by {@link th.obec.esa.ict.forms.port.ApprovalAuthority} when approving. */
  public String approvalPower() {
    return approvalPower;
  }
}
