package th.obec.esa.ict.reports.port;

/**
 * The names printed on the F21.
 *
 * @param ictHeadName the head of the ICT group, who reports (ผู้รายงาน), with title (นาง…)
 * @param ictHeadPosition their position line (e.g. ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล…)
 * @param directorTitle the title of the office's director, under whose comment the report goes
 */
public record ReportOffice(String officeNameTh, String ictUnitNameTh, String ictHeadName, String ictHeadPosition,
    String directorTitle, String ictHeadActingRole) {

  /** An office whose ICT head the order gives no acting role. */
  public ReportOffice(String officeNameTh, String ictUnitNameTh, String ictHeadName, String ictHeadPosition,
      String directorTitle) {
    this(officeNameTh, ictUnitNameTh, ictHeadName, ictHeadPosition, directorTitle, null);
  }
}
