package th.obec.esa.ict.delegation.api;

/**
 * Why someone may use a power. The Thai wording is what printed approvals carry under the
 * signature: a stand-in named by an order for a group's director "ปฏิบัติหน้าที่แทน"; a stand-in for
 * the head of the office (a post of the Administration Act) "รักษาราชการแทน"; a delegate
 * "ปฏิบัติราชการแทน".
 */
public enum BasisKind {
  /** The holder of the power by position. */
  OWN("", ""),
  /** A stand-in named by an order for a unit's director. */
  STAND_IN("ปฏิบัติหน้าที่แทน", "acting on behalf of"),
  /** A stand-in named by an order for the head of the office. */
  ACTING_HEAD("รักษาราชการแทน", "acting in place of"),
  /** A delegate of authority. */
  DELEGATION("ปฏิบัติราชการแทน", "by delegation of"),
  /** The superior, because nobody below was available. */
  ESCALATION("ในฐานะผู้บังคับบัญชา", "as superior of");

  private final String thai;
  private final String english;

  BasisKind(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  public String thaiWording() {
    return thai;
  }

  public String englishWording() {
    return english;
  }

  public boolean isActingForAnother() {
    return this == STAND_IN || this == ACTING_HEAD || this == DELEGATION;
  }
}
