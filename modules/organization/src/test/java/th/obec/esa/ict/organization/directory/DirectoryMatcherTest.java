package th.obec.esa.ict.organization.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.core.api.DirectoryAccount;
import th.obec.esa.ict.organization.api.DirectoryMatches.AccountRef;
import th.obec.esa.ict.organization.api.DirectoryMatches.StaffEntry;
import th.obec.esa.ict.organization.directory.DirectoryMatcher.Person;
import th.obec.esa.ict.organization.directory.DirectoryMatcher.Result;
import th.obec.esa.ict.organization.staff.PersonName;

/** The matching rule: by uid, else by Thai given + family name without title and spacing; ambiguity either way. */
class DirectoryMatcherTest {

  private static Person person(long id, String uid, String given, String family) {
    return new Person(new StaffEntry(id, given + " " + family, null, "กลุ่ม", null, uid), given, family);
  }

  private static DirectoryAccount account(String uid, String display, String given, String family) {
    return new DirectoryAccount(uid, "uid=" + uid + ",ou=Users", display, given, family, false);
  }

  @Test
  void theKeyIgnoresTheTitleAndEverySpace() {
    assertEquals(PersonName.matchKey("ขวัญศิริ", "กองช่าง"), PersonName.matchKey("นางขวัญศิริ กองช่าง"));
    assertEquals(PersonName.matchKey("ขวัญศิริ", "กองช่าง"), PersonName.matchKey("นาง ขวัญศิริ   กอง ช่าง"));
    assertEquals(PersonName.matchKey("พนอ", "ทิพย์พิมลรัตน์"), PersonName.matchKey("นางสาวพนอ\u00a0ทิพย์พิมลรัตน์"));
    assertEquals(PersonName.matchKey("สมชาย", "โกฎวิเชียร"), PersonName.matchKey("สมชาย\u200b", "โกฎ วิเชียร"));
    assertEquals("", PersonName.matchKey(null, "กองช่าง"));
  }

  @Test
  void aUidThatNamesAnAccountIsMatchedByUid() {
    Result r = DirectoryMatcher.match(List.of(person(5, "k.kongchang", "ขวัญศิริ", "กองช่าง")),
        List.of(account("k.kongchang", "someone else entirely", null, null)));
    assertEquals(1, r.matched().size());
    assertEquals(DirectoryMatcher.BY_UID, r.matched().get(0).basis());
    assertTrue(r.proposed().isEmpty() && r.unmatchedAccounts().isEmpty());
  }

  @Test
  void oneAccountWithTheSameNameIsProposedFromGivenAndFamilyOrFromTheDisplayName() {
    Result r = DirectoryMatcher.match(
        List.of(person(5, null, "ขวัญศิริ", "กองช่าง"), person(4, "nanphat", "นันทน์ภัส", "เกียรติมาพรศักดิ์")),
        List.of(account("k.kongchang", "นางขวัญศิริ กองช่าง", "ขวัญศิริ", "กองช่าง"),
            account("n.kiatmaphonsak", "นาง นันทน์ภัส เกียรติมาพรศักดิ์", null, null)));
    assertEquals(List.of("k.kongchang", "n.kiatmaphonsak"), r.proposed().stream().map(m -> m.account().uid()).toList());
    assertEquals(List.of(5L, 4L), r.proposed().stream().map(m -> m.staff().staffId()).toList(),
        "a uid the directory does not have (the demo's nanphat) is matched again by name");
    assertTrue(r.matched().isEmpty() && r.unmatchedStaff().isEmpty() && r.unmatchedAccounts().isEmpty());
  }

  @Test
  void twoAccountsForOneNameOrTwoPeopleWithOneNameAreAmbiguous() {
    Result several = DirectoryMatcher.match(List.of(person(5, null, "ขวัญศิริ", "กองช่าง")),
        List.of(account("k.kongchang", null, "ขวัญศิริ", "กองช่าง"), account("khwansiri2", "นางขวัญศิริ กองช่าง", null, null)));
    assertEquals(1, several.ambiguous().size());
    assertEquals(DirectoryMatcher.SEVERAL_ACCOUNTS, several.ambiguous().get(0).reason());
    assertEquals(List.of("k.kongchang", "khwansiri2"),
        several.ambiguous().get(0).candidates().stream().map(AccountRef::uid).toList());
    assertTrue(several.proposed().isEmpty() && several.unmatchedAccounts().isEmpty());

    Result shared = DirectoryMatcher.match(List.of(person(1, null, "สมชาย", "ใจดี"), person(2, null, "สมชาย", "ใจดี")),
        List.of(account("somchai.j", null, "สมชาย", "ใจดี")));
    assertEquals(2, shared.ambiguous().size());
    assertTrue(shared.ambiguous().stream().allMatch(a -> a.reason().equals(DirectoryMatcher.SHARED_NAME)));
  }

  @Test
  void anAccountLinkedToSomeoneIsNotProposedForAnotherAndTheRestIsUnmatched() {
    Result r = DirectoryMatcher.match(
        List.of(person(5, "k.kongchang", "ขวัญศิริ", "กองช่าง"), person(9, null, "ขวัญศิริ", "กองช่าง"),
            person(8, null, "จ๋านงค์", "ด้วงทอง")),
        List.of(account("k.kongchang", null, "ขวัญศิริ", "กองช่าง"), account("guest", "Guest", null, null)));
    assertEquals(1, r.matched().size());
    assertTrue(r.proposed().isEmpty());
    assertEquals(List.of(9L, 8L), r.unmatchedStaff().stream().map(StaffEntry::staffId).toList());
    assertEquals(List.of("guest"), r.unmatchedAccounts().stream().map(AccountRef::uid).toList());
  }
}
