package th.obec.esa.ict.core.api;

import java.io.Serializable;
import java.util.List;

/**
 * The accounts under the user base that match {@code ict.ldap.account-filter}, or why they could
 * not be read ({@code reachable} false, {@code problem} says why; {@code accounts} is then empty and
 * means nothing: a caller must not conclude that accounts were removed).
 */
public record DirectoryListing(boolean reachable, String problem, List<DirectoryAccount> accounts)
    implements Serializable {

  public DirectoryListing {
    accounts = List.copyOf(accounts);
  }

  public static DirectoryListing unreachable(String problem) {
    return new DirectoryListing(false, problem, List.of());
  }
}
