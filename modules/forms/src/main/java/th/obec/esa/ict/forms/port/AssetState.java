package th.obec.esa.ict.forms.port;

/** An asset's status as the register reports it (the names match the assets module's). */
public enum AssetState {
  IN_USE, ON_LOAN, UNDER_REPAIR, BROKEN, AWAITING_DISPOSAL, DISPOSED;

  /** Whether the asset may be lent at some time: not when it is on its way out of the register. */
  public boolean lendable() {
    return this != AWAITING_DISPOSAL && this != DISPOSED;
  }
}
