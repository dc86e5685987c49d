package th.obec.esa.ict.platform.security;

import java.util.List;

/**
 * The application's roles. A directory group of the same name grants the role; an office whose
 * directory uses other group names maps them in configuration ({@code ict.ldap.group-role-map}).
 */
public final class Roles {

  /** Every signed-in civil servant or employee of the office. */
  public static final String STAFF = "staff";
  /** Officers of the ICT group: review requests, carry out work, run the catalogue and register. */
  public static final String ICT_OFFICER = "ict-officer";
  /** Directors of a unit (ผู้อำนวยการกลุ่ม), including those who "ปฏิบัติหน้าที่" as director. */
  public static final String UNIT_DIRECTOR = "unit-director";
  /** The area director (ผอ.สพป.) and the deputies. */
  public static final String DIRECTOR = "director";
  /** Keepers of the organisation data: units, staff, orders. */
  public static final String ORG_ADMIN = "org-admin";
  /** Those who may read the audit record and the computer traffic data. */
  public static final String AUDITOR = "auditor";

  public static final List<String> ALL = List.of(STAFF, ICT_OFFICER, UNIT_DIRECTOR, DIRECTOR, ORG_ADMIN, AUDITOR);

  private Roles() {}
}
