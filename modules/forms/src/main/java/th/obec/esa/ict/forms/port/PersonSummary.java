package th.obec.esa.ict.forms.port;

/**
 * A staff member as a memo names them: Thai name with title ("นางนันทน์ภัส เกียรติมาพรศักดิ์"),
 * position ("นักวิเคราะห์นโยบายและแผนชำนาญการ"), the role they hold if any ("ผู้อำนวยการกลุ่ม…"),
 * their unit, and the acting role the order in force gives them exactly as it prints it
 * ({@code actingRole}, "ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่มส่งเสริม…"; null when none).
 */
public record PersonSummary(String uid, String thaiName, String position, String roleTitle, String unitCode,
    String unitName, String actingRole) {

  /** Someone the order gives no acting role. */
  public PersonSummary(String uid, String thaiName, String position, String roleTitle, String unitCode, String unitName) {
    this(uid, thaiName, position, roleTitle, unitCode, unitName, null);
  }

  /** The title under a signature: the role held, else the position. */
  public String signingTitle() {
    return roleTitle != null && !roleTitle.isBlank() ? roleTitle : position;
  }
}
