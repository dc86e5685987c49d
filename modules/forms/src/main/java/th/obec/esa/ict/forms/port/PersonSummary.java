package th.obec.esa.ict.forms.port;

/**
 * A staff member as a memo names them: Thai name with title ("นางนันทน์ภัส เกียรติมาพรศักดิ์"),
 * position ("นักวิเคราะห์นโยบายและแผนชำนาญการ"), the role they hold if any ("ผู้อำนวยการกลุ่ม…"),
 * and their unit.
 */
public record PersonSummary(String uid, String thaiName, String position, String roleTitle, String unitCode,
    String unitName) {

  /** The title under a signature: the role held, else the position. */
  public String signingTitle() {
    return roleTitle != null && !roleTitle.isBlank() ? roleTitle : position;
  }
}
