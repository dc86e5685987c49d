package th.obec.esa.ict.forms.port;

/**
 * On what ground someone exercises a power. The memo words each differently: standing in by
 * order is "ปฏิบัติหน้าที่แทน", a delegation of authority is "ปฏิบัติราชการแทน".
 */
public enum BasisKind {
  /** In one's own right. */
  OWN,
  /** Standing in for an absent unit director, named in an order (ปฏิบัติหน้าที่แทน). */
  STAND_IN,
  /** Standing in for the absent head of the office, a statutory post (รักษาราชการแทน). */
  ACTING_HEAD,
  /** A delegation of authority for a period (มอบอำนาจ, signed ปฏิบัติราชการแทน). */
  DELEGATION,
  /** The superior, because nobody below may decide now (ในฐานะผู้บังคับบัญชาของ …): in one's own name. */
  ESCALATION;

  /** Whether the signer signs for another person (and prints the acting wording). */
  public boolean isActingForAnother() {
    return this == STAND_IN || this == ACTING_HEAD || this == DELEGATION;
  }
}
