package th.obec.esa.ict.organization.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The staff of the orders in force against the directory. {@code matched}: linked by uid to an
 * account that exists; {@code proposed}: no usable uid yet, and exactly one account has the same
 * Thai given and family name (title นาย/นาง/นางสาว and spacing ignored) and that account fits no one
 * else; {@code ambiguous}: several accounts fit, or several people share the name; {@code
 * unmatchedStaff} / {@code unmatchedAccounts}: nothing on the other side; {@code marked}: people whose
 * account the directory reports disabled or removed. When the directory cannot be read,
 * {@code directoryReachable} is false, {@code directoryProblem} says why, and only {@code marked}
 * and {@code syncs} are filled.
 */
public record DirectoryMatches(boolean directoryReachable, String directoryProblem, List<MatchRow> matched,
    List<MatchRow> proposed, List<AmbiguousRow> ambiguous, List<StaffEntry> unmatchedStaff,
    List<AccountRef> unmatchedAccounts, List<MarkedRow> marked, List<SyncReport> syncs) implements Serializable {

  /** An account of the directory. */
  public record AccountRef(String uid, String displayName, boolean disabled) implements Serializable {}

  /** A person of the orders in force. */
  public record StaffEntry(long staffId, String nameTh, String nameEn, String unitNameTh, String positionNumber,
      String uid) implements Serializable {}

  /** A person and an account: {@code basis} UID (linked) or NAME (proposed by name). */
  public record MatchRow(StaffEntry staff, AccountRef account, String basis) implements Serializable {}

  /** A person several accounts fit ({@code reason} SEVERAL_ACCOUNTS) or who shares the name with others (SHARED_NAME). */
  public record AmbiguousRow(StaffEntry staff, List<AccountRef> candidates, String reason) implements Serializable {}

  /** A person whose account the directory reported {@code state} DISABLED or REMOVED at {@code checkedAt}. */
  public record MarkedRow(StaffEntry staff, String state, OffsetDateTime checkedAt) implements Serializable {}
}
