package th.obec.esa.ict.integration;

/** The titles and names the forms and reports print for the office, its units and their heads. */
final class Titles {

  private Titles() {}

  /**
   * The signing title of the head of a unit or of the office: "ผู้อำนวยการ" and the name as printed
   * ("ผู้อำนวยการกลุ่มส่งเสริม…", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1").
   */
  static String directorOf(String unitOrOfficeName) {
    return "ผู้อำนวยการ" + unitOrOfficeName;
  }

}
