package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Directory matching (issue 18) on the deployed EAR with the demo directory plus the system tests'
 * accounts (config/ldap/system-tests.ldif): the demo people are matched by uid, นายจ๋านงค์ ด้วงทอง
 * (no uid in the reference data) is proposed by name and accepted over REST, นายสุนันท์ สนานพร with
 * two accounts is ambiguous, and only the organisation administrator may look. The test may run
 * again on the same domain: a person accepted before is then matched by uid, and accepting again
 * changes nothing.
 */
class DirectoryMatchingIT {

  private static final long CHANAMNONG = 8;
  private static final long SUNAN = 9;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  private static URI base() {
    return Deployed.base();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> matches, String list) {
    return (List<Map<String, Object>>) matches.get(list);
  }

  @SuppressWarnings("unchecked")
  private static long staffId(Map<String, Object> row) {
    return ((Number) ((Map<String, Object>) row.get("staff")).get("staffId")).longValue();
  }

  @SuppressWarnings("unchecked")
  private static String accountUid(Map<String, Object> row) {
    return (String) ((Map<String, Object>) row.get("account")).get("uid");
  }

  @Test
  void theOrgAdminSeesTheMatchesAcceptsOneByNameAndOthersAreRefused() throws Exception {
    HttpResponse<String> refused = Rest.as(base(), "khwansiri").get("api/directory/matches");
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

    Rest nanphat = Rest.as(base(), "nanphat");
    Map<String, Object> m = nanphat.getOk("api/directory/matches");
    assertEquals(Boolean.TRUE, m.get("directoryReachable"), m.toString());
    assertTrue(rows(m, "matched").stream().anyMatch(r -> staffId(r) == 5 && "khwansiri".equals(accountUid(r))),
        "the demo people are matched by uid");
    boolean proposed = rows(m, "proposed").stream()
        .anyMatch(r -> staffId(r) == CHANAMNONG && "c.duangthong".equals(accountUid(r)) && "NAME".equals(r.get("basis")));
    boolean matchedBefore = rows(m, "matched").stream()
        .anyMatch(r -> staffId(r) == CHANAMNONG && "c.duangthong".equals(accountUid(r)));
    assertTrue(proposed || matchedBefore, "นายจ๋านงค์ ด้วงทอง ↔ c.duangthong by Thai name: " + m);
    assertTrue(rows(m, "ambiguous").stream().anyMatch(r -> staffId(r) == SUNAN
        && "SEVERAL_ACCOUNTS".equals(r.get("reason")) && ((List<?>) r.get("candidates")).size() == 2), m.toString());

    HttpResponse<String> noAccount = nanphat.post("api/directory/matches/accept",
        Map.of("staffId", CHANAMNONG, "uid", "no-such-account"));
    assertEquals(422, noAccount.statusCode(), noAccount.body());
    assertTrue(String.valueOf(Rest.map(noAccount.body()).get("message")).contains("ไม่พบบัญชี no-such-account"),
        noAccount.body());
    HttpResponse<String> english = nanphat.english().post("api/directory/matches/accept",
        Map.of("staffId", CHANAMNONG, "uid", "no-such-account"));
    assertTrue(String.valueOf(Rest.map(english.body()).get("message")).contains("The directory has no account"),
        english.body());

    Map<String, Object> accepted = nanphat.postOk("api/directory/matches/accept",
        Map.of("staffId", CHANAMNONG, "uid", "c.duangthong"));
    assertEquals("c.duangthong", accepted.get("uid"));
    assertEquals(proposed, accepted.get("changed"), accepted.toString());
    Map<String, Object> after = nanphat.getOk("api/directory/matches");
    assertTrue(rows(after, "matched").stream()
        .anyMatch(r -> staffId(r) == CHANAMNONG && "c.duangthong".equals(accountUid(r)) && "UID".equals(r.get("basis"))));
    assertTrue(rows(after, "proposed").stream().noneMatch(r -> staffId(r) == CHANAMNONG));
    Map<String, Object> person = nanphat.getOk("api/staff/" + CHANAMNONG);
    assertTrue(person.toString().contains("c.duangthong"), person.toString());

    Map<String, Object> sync = nanphat.postOk("api/directory/sync", Map.of());
    assertEquals("DONE", sync.get("outcome"), sync.toString());
  }

  @Test
  void theMatchingPageShowsTheListsToTheOrgAdminOnly() throws Exception {
    Ui ui = browsers.open().signIn("nanphat").open("organization/directory.xhtml");
    ui.visible(By.id("dir:ambiguous"));
    ui.waitText(By.id("dir:ambiguous"), "s.sananphon");
    ui.visible(By.id("dir:acceptAll"));
    ui.screenshot("directory-matching-th.png");

    Ui other = browsers.open().signIn("khwansiri").open("organization/directory.xhtml");
    other.visible(By.id("notOrgAdmin"));
    assertTrue(other.absent(By.id("dir")));
  }
}
