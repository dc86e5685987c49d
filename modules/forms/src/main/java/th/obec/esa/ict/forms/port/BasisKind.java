package th.obec.esa.ict.forms.port;

/**
 * On what ground someone exercises a power. The memo words each differently: standing in by
 * order is "ปฏิบัติหน้าที่แทน", a delegation of authority is "ปฏิบัติราชการแทน".
 */
public enum BasisKind {
  /** In one's own right. */
  OWN,
  /** Standing in for an absent holder, named in an order (ปฏิบัติหน้าที่แทน / รักษาราชการแทน). */
  STAND_IN,
  /** A delegation of authority for a period (มอบอำนาจ, signed ปฏิบัติราชการแทน). */
  DELEGATION
}
