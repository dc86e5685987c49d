package th.obec.esa.ict.forms.port;

/**
 * The office's directory, as far as the account form needs it. Many offices let the intranet
 * only read their directory: then {@link #writable()} is false and the ICT officer creates the
 * account by hand from the task the form records.
 */
public interface DirectoryPort {

  /** Whether the application may create entries in the directory (setting {@code ict.ldap.writable}). */
  boolean writable();

  /** Whether a person with this user id is in the directory already. */
  boolean exists(String uid);

  /**
   * Creates the person with the initial password and adds them to the groups. The password is
   * passed through to the directory and kept nowhere else.
   *
   * @throws th.obec.esa.ict.platform.BusinessException when the directory refuses
   */
  void createAccount(DirectoryAccount account, char[] initialPassword);
}
