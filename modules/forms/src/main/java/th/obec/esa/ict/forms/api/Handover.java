package th.obec.esa.ict.forms.api;

import th.obec.esa.ict.forms.account.IssuedAccount;

/**
 * What the observers of one approval hand back to the approver, this once: the account an F08's
 * approval created, with its initial password. It lives only as long as the approving call; never
 * stored, and {@link #toString()} leaves the password out.
 */
public final class Handover {

  private IssuedAccount issued;

  /** An observer created an account and its initial password. */
  public void issued(IssuedAccount account) {
    if (issued != null) {
      throw new IllegalStateException("one approval issues one account");
    }
    issued = account;
  }

  /** The account issued, or null. */
  public IssuedAccount issued() {
    return issued;
  }

  @Override
  public String toString() {
    return "Handover[issued=" + issued + "]";
  }
}
