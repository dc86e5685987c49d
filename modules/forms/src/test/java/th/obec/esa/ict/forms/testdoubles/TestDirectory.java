package th.obec.esa.ict.forms.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import th.obec.esa.ict.forms.port.DirectoryAccount;
import th.obec.esa.ict.forms.port.DirectoryPort;

/**
 * The directory of the tests: writable unless a test says otherwise, and it remembers what it was
 * asked to create, with the password, so a test can check the one the officer saw is the one set.
 */
@ApplicationScoped
public class TestDirectory implements DirectoryPort {

  private volatile boolean writable = true;
  private volatile boolean failing;
  private final Map<String, DirectoryAccount> accounts = new ConcurrentHashMap<>();
  private final Map<String, String> passwords = new ConcurrentHashMap<>();

  public void setWritable(boolean value) {
    writable = value;
  }

  /** A directory that says it is writable but fails every write (down, or refusing the entry). */
  public void setFailing(boolean value) {
    failing = value;
  }

  /** What an officer did by hand in a read-only directory. */
  public void addByHand(DirectoryAccount account) {
    accounts.put(account.uid(), account);
  }

  public Optional<DirectoryAccount> account(String uid) {
    return Optional.ofNullable(accounts.get(uid));
  }

  public Optional<String> password(String uid) {
    return Optional.ofNullable(passwords.get(uid));
  }

  @Override
  public boolean writable() {
    return writable;
  }

  @Override
  public boolean exists(String uid) {
    return accounts.containsKey(uid);
  }

  @Override
  public void createAccount(DirectoryAccount account, char[] initialPassword) {
    if (!writable || failing || accounts.containsKey(account.uid())) {
      throw new IllegalStateException("the test directory refuses " + account.uid());
    }
    accounts.put(account.uid(), account);
    passwords.put(account.uid(), new String(initialPassword));
  }
}
