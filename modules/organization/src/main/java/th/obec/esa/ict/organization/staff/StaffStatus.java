package th.obec.esa.ict.organization.staff;

/**
 * How much is known about a person. Import never invents or drops a person: someone whose name
 * was cut is an explicit {@link #UNKNOWN_NAME}, someone only named in a stand-in clause is
 * {@link #REFERENCED_ONLY} until an administrator checks them.
 */
public enum StaffStatus {
  ACTIVE,
  UNKNOWN_NAME,
  REFERENCED_ONLY,
  INACTIVE;

  /** An administrator has to look at the person before the data can be trusted. */
  public boolean needsReview() {
    return this == UNKNOWN_NAME || this == REFERENCED_ONLY;
  }
}
