package th.obec.esa.ict.forms.account;

/**
 * An account the application has just created, with its initial password. It exists only in the
 * answer to the call that created it: never stored, and {@link #toString()} leaves the password out
 * so that no log line can carry it.
 */
public record IssuedAccount(String uid, String initialPassword) {

  @Override
  public String toString() {
    return "IssuedAccount[uid=" + uid + ", initialPassword=(hidden)]";
  }
}
