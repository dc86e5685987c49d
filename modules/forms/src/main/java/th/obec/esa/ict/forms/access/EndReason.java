package th.obec.esa.ict.forms.access;

/** Why access ended. */
public enum EndReason {
  /** The period ran out (the daily job, or the first check after its last day). */
  EXPIRED,
  /** The unit director removed it in the periodic review. */
  REMOVED_IN_REVIEW,
  /** The ICT unit revoked it early. */
  REVOKED
}
