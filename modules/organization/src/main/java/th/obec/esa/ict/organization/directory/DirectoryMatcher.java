package th.obec.esa.ict.organization.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.obec.esa.ict.core.api.DirectoryAccount;
import th.obec.esa.ict.organization.api.DirectoryMatches.AccountRef;
import th.obec.esa.ict.organization.api.DirectoryMatches.AmbiguousRow;
import th.obec.esa.ict.organization.api.DirectoryMatches.MatchRow;
import th.obec.esa.ict.organization.api.DirectoryMatches.StaffEntry;
import th.obec.esa.ict.organization.staff.PersonName;

/**
 * The matching rule, without the database or the directory. A person whose uid names an account
 * is matched by uid. Everyone else (no uid, or a uid the directory no longer has) is compared by
 * name: the Thai given and family name with the title and all spacing ignored
 * ({@link PersonName#matchKey}), against the accounts no one is linked to. On the directory side the
 * key comes from the given and family name attributes, or from the display name when either is
 * missing. One account for one person, and that account fitting no one else, is an exact match;
 * more than one either way is ambiguous; nothing is unmatched.
 */
public final class DirectoryMatcher {

  private DirectoryMatcher() {}

  /** A person to match: the row to show, and their Thai given and family name. */
  public record Person(StaffEntry entry, String givenTh, String familyTh) {}

  public record Result(List<MatchRow> matched, List<MatchRow> proposed, List<AmbiguousRow> ambiguous,
      List<StaffEntry> unmatchedStaff, List<AccountRef> unmatchedAccounts) {}

  public static final String BY_UID = "UID";
  public static final String BY_NAME = "NAME";
  public static final String SEVERAL_ACCOUNTS = "SEVERAL_ACCOUNTS";
  public static final String SHARED_NAME = "SHARED_NAME";

  public static Result match(List<Person> people, List<DirectoryAccount> accounts) {
    Map<String, DirectoryAccount> byUid = new LinkedHashMap<>();
    for (DirectoryAccount a : accounts) {
      byUid.putIfAbsent(a.uid(), a);
    }
    List<MatchRow> matched = new ArrayList<>();
    List<Person> open = new ArrayList<>();
    Set<String> linked = new HashSet<>();
    for (Person p : people) {
      DirectoryAccount a = p.entry().uid() == null ? null : byUid.get(p.entry().uid());
      if (a != null) {
        matched.add(new MatchRow(p.entry(), ref(a), BY_UID));
        linked.add(a.uid());
      } else {
        open.add(p);
      }
    }
    Map<String, List<DirectoryAccount>> accountsByKey = new LinkedHashMap<>();
    for (DirectoryAccount a : byUid.values()) {
      if (!linked.contains(a.uid())) {
        String key = keyOf(a);
        if (!key.isEmpty()) {
          accountsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
      }
    }
    Map<String, List<Person>> peopleByKey = new LinkedHashMap<>();
    for (Person p : open) {
      peopleByKey.computeIfAbsent(PersonName.matchKey(p.givenTh(), p.familyTh()), k -> new ArrayList<>()).add(p);
    }
    List<MatchRow> proposed = new ArrayList<>();
    List<AmbiguousRow> ambiguous = new ArrayList<>();
    List<StaffEntry> unmatchedStaff = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Person p : open) {
      String key = PersonName.matchKey(p.givenTh(), p.familyTh());
      List<DirectoryAccount> fits = key.isEmpty() ? List.of() : accountsByKey.getOrDefault(key, List.of());
      if (fits.isEmpty()) {
        unmatchedStaff.add(p.entry());
      } else if (fits.size() > 1) {
        ambiguous.add(new AmbiguousRow(p.entry(), fits.stream().map(DirectoryMatcher::ref).toList(), SEVERAL_ACCOUNTS));
      } else if (peopleByKey.get(key).size() > 1) {
        ambiguous.add(new AmbiguousRow(p.entry(), List.of(ref(fits.get(0))), SHARED_NAME));
      } else {
        proposed.add(new MatchRow(p.entry(), ref(fits.get(0)), BY_NAME));
      }
      fits.forEach(a -> used.add(a.uid()));
    }
    List<AccountRef> unmatchedAccounts = byUid.values().stream()
        .filter(a -> !linked.contains(a.uid()) && !used.contains(a.uid()))
        .sorted(Comparator.comparing(DirectoryAccount::uid))
        .map(DirectoryMatcher::ref).toList();
    return new Result(matched, proposed, ambiguous, unmatchedStaff, unmatchedAccounts);
  }

  /** The account's key: from the given and family name attributes, else from the display name. */
  static String keyOf(DirectoryAccount a) {
    if (a.givenName() != null && !a.givenName().isBlank() && a.familyName() != null && !a.familyName().isBlank()) {
      return PersonName.matchKey(a.givenName(), a.familyName());
    }
    return PersonName.matchKey(a.displayName());
  }

  static AccountRef ref(DirectoryAccount a) {
    return new AccountRef(a.uid(), a.displayName(), a.disabled());
  }
}
