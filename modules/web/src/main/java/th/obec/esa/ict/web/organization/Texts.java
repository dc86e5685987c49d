package th.obec.esa.ict.web.organization;

import th.obec.esa.ict.organization.order.AssignmentView;
import th.obec.esa.ict.organization.staff.StaffSummary;

/** The rules behind {@link OrgNames}, free of the faces context so that they are tested plainly. */
final class Texts {

  private Texts() {}

  static String person(StaffSummary s, boolean english, String unknownName) {
    if (s == null) {
      return "";
    }
    if (s.nameUnknown()) {
      return unknownName;
    }
    return english && s.fullNameEn() != null ? s.fullNameEn() : s.fullNameTh();
  }

  /** The header as printed, else composed the way the order words it; a cut header says so. */
  static String header(AssignmentView a, String headerCut) {
    if (a.header() != null) {
      return a.header();
    }
    if (a.staff().nameUnknown()) {
      return headerCut;
    }
    StringBuilder b = new StringBuilder(a.staff().fullNameTh());
    if (a.positionTitle() != null) {
      b.append(" ตำแหน่ง ").append(a.positionTitle());
    }
    if (a.positionNumber() != null) {
      b.append(" ตำแหน่งเลขที่ ").append(a.positionNumber());
    }
    if (a.actingRole() != null) {
      b.append(' ').append(a.actingRole());
    }
    return b.append(" มีหน้าที่และความรับผิดชอบการปฏิบัติงาน ดังนี้").toString();
  }

  static String withValue(String text, String value) {
    return value == null || value.isBlank() ? text : text + ": " + value;
  }
}
