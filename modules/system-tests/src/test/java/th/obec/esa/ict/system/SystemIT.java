package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The built EAR on Payara Server with its embedded defaults (H2 file, embedded LDAP directory),
 * tested as a newcomer would: REST with HTTP Basic, the login form over plain HTTP, health, and
 * the pages in headless Chromium, against the EAR the build deployed (see {@link Deployed}).
 */
class SystemIT {

  private static final String NANPHAT_TH = "นางนันทน์ภัส เกียรติมาพรศักดิ์";

  @RegisterExtension
  final Browsers browsers = new Browsers();

  private static URI base() {
    return Deployed.base();
  }

  @Test
  void readyOnlyWithDatabaseAndDirectory() throws Exception {
    HttpResponse<String> r = new Http(base()).get("health/ready");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"database\":\"UP\"") && r.body().contains("\"directory\":\"UP\""), r.body());
  }

  @Test
  void apiMeAnswersWithTheThaiNameOverLdap() throws Exception {
    HttpResponse<String> r = new Http(base()).getBasic("api/me", "nanphat", "demo");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains(NANPHAT_TH), r.body());
    assertTrue(r.body().contains("ict-officer"), r.body());
  }

  @Test
  void apiRefusesAWrongOrMissingPassword() throws Exception {
    Http http = new Http(base());
    HttpResponse<String> wrong = http.getBasic("api/me", "nanphat", "not-demo");
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, http.get("api/me").statusCode());
    assertEquals(401, http.getBasic("api/me", "nobody", "demo").statusCode());
  }

  @Test
  void aPageWithoutASessionGoesToTheLoginPage() throws Exception {
    HttpResponse<String> r = new Http(base()).get("");
    assertEquals(302, r.statusCode());
    assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
  }

  @Test
  void theLoginFormSignsInAndLogoutSignsOut() throws Exception {
    Http http = new Http(base());
    String login = http.get("login.xhtml").body();
    HttpResponse<String> wrong = http.postForm("login.xhtml", Map.of(
        "login", "login", "login:uid", "nanphat", "login:password", "wrong",
        "login:submit", "", "jakarta.faces.ViewState", Http.viewState(login)));
    assertEquals(200, wrong.statusCode());
    assertTrue(wrong.body().contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"), "the page says the password is wrong");

    HttpResponse<String> right = http.postForm("login.xhtml", Map.of(
        "login", "login", "login:uid", "nanphat", "login:password", "demo",
        "login:submit", "", "jakarta.faces.ViewState", Http.viewState(wrong.body())));
    assertEquals(302, right.statusCode());
    HttpResponse<String> home = http.get("");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains(NANPHAT_TH), "the home page shows her Thai name");

    HttpResponse<String> out = http.postForm("", Map.of(
        "userForm", "userForm", "userForm:logout", "", "jakarta.faces.ViewState", Http.viewState(home.body())));
    assertEquals(302, out.statusCode());
    assertEquals(302, http.get("").statusCode(), "after sign-out the home page asks for sign-in again");
  }

  @Test
  void aPersonSignsInThroughTheFormInARealBrowser() throws Exception {
    Ui ui = browsers.open().open("");
    ui.visible(By.id("login:uid"));
    ui.screenshot("login-th.png");
    ui.type(By.id("login:uid"), "nanphat").type(By.id("login:password"), "demo").click(By.id("login:submit"));
    ui.waitText(By.id("currentUserName"), NANPHAT_TH).screenshot("home-th.png");

    ui.click(By.id("userForm:en")).waitText(By.id("currentUserName"), "Mrs. Nanphat Kiatmaphonsak");
    ui.screenshot("home-en.png");
  }

  @Test
  void aFailedSignInIsInTheTrafficRecordWhichOnlyAnAuditorReads() throws Exception {
    String ghost = "ghost" + System.nanoTime();
    Http http = new Http(base());
    assertEquals(401, http.getBasic("api/me", ghost, "wrong").statusCode());
    assertEquals(403, http.getBasic("api/traffic?uid=" + ghost, "nanphat", "demo").statusCode(),
        "reading the record needs the auditor role");
    // the record is written off the request path, about every second: wait until it is there
    String found = new FluentWait<>(http).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(250))
        .until(h -> {
          HttpResponse<String> r;
          try {
            r = h.getBasic("api/traffic?uid=" + ghost, "sinlapachai", "demo");
          } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
          }
          assertEquals(200, r.statusCode(), r.body());
          return r.body().contains("SIGN_IN_FAILED") ? r.body() : null;
        });
    assertTrue(found.contains(ghost), found);
  }

  @Test
  void theAuditTrailAndTheTrafficRecordVerifyInTheRunningEarAndOnlyAnAuditorAsks() throws Exception {
    Http http = new Http(base());
    assertEquals(403, http.getBasic("api/audit-trail/verify", "nanphat", "demo").statusCode(),
        "verifying needs the auditor role");
    // every module of the EAR writes its audit entries into the one chain, in its own transactions
    // the first verification is itself an audit entry: the second has at least that one to check
    assertEquals(200, http.getBasic("api/audit-trail/verify", "sinlapachai", "demo").statusCode());
    HttpResponse<String> audit = http.getBasic("api/audit-trail/verify", "sinlapachai", "demo");
    assertEquals(200, audit.statusCode(), audit.body());
    assertTrue(audit.body().contains("\"totalFindings\":0"), audit.body());
    assertTrue(audit.body().contains("\"firstBrokenSeq\":-1") && audit.body().contains("\"intact\":true"),
        audit.body());
    assertTrue(audit.body().matches("(?s).*\"entriesChecked\":[1-9].*"), audit.body());
    HttpResponse<String> traffic = http.getBasic("api/traffic/verify", "sinlapachai", "demo");
    assertEquals(200, traffic.statusCode(), traffic.body());
    assertTrue(traffic.body().contains("\"totalFindings\":0"), traffic.body());
    assertTrue(traffic.body().contains("\"firstBrokenSeq\":-1") && traffic.body().contains("\"intact\":true"),
        traffic.body());
  }
}
