package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built EAR on Payara Server with its embedded defaults (H2 file, embedded LDAP directory),
 * tested as a newcomer would: REST with HTTP Basic, the login form over plain HTTP, health, and
 * the pages in headless Chromium, against the EAR the build deployed (see {@link Deployed}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemIT {

  private static final String NANPHAT_TH = "นางนันทน์ภัส เกียรติมาพรศักดิ์";



  private static URI base() {
    return Deployed.base();
  }

  @Test
  @Order(1)
  void readyOnlyWithDatabaseAndDirectory() throws Exception {
    HttpResponse<String> r = new Http(base()).get("health/ready");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"database\":\"UP\"") && r.body().contains("\"directory\":\"UP\""), r.body());
  }

  @Test
  @Order(2)
  void apiMeAnswersWithTheThaiNameOverLdap() throws Exception {
    HttpResponse<String> r = new Http(base()).getBasic("api/me", "nanphat", "demo");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains(NANPHAT_TH), r.body());
    assertTrue(r.body().contains("ict-officer"), r.body());
  }

  @Test
  @Order(3)
  void apiRefusesAWrongOrMissingPassword() throws Exception {
    Http http = new Http(base());
    HttpResponse<String> wrong = http.getBasic("api/me", "nanphat", "not-demo");
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals(401, http.get("api/me").statusCode());
    assertEquals(401, http.getBasic("api/me", "nobody", "demo").statusCode());
  }

  @Test
  @Order(4)
  void aPageWithoutASessionGoesToTheLoginPage() throws Exception {
    HttpResponse<String> r = new Http(base()).get("");
    assertEquals(302, r.statusCode());
    assertTrue(r.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
  }

  @Test
  @Order(5)
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
  @Order(6)
  void aPersonSignsInThroughTheFormInARealBrowser() throws Exception {
    WebDriver browser = Browser.start();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      browser.get(base().toString());
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:uid")));
      Browser.screenshot(browser, "login-th.png");
      browser.findElement(By.id("login:uid")).sendKeys("nanphat");
      browser.findElement(By.id("login:password")).sendKeys("demo");
      browser.findElement(By.id("login:submit")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentUserName"), NANPHAT_TH));
      Browser.screenshot(browser, "home-th.png");

      browser.findElement(By.id("userForm:en")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentUserName"), "Mrs. Nanphat Kiatmaphonsak"));
      Browser.screenshot(browser, "home-en.png");
    } finally {
      browser.quit();
    }
  }

  @Test
  @Order(7)
  void aFailedSignInIsInTheTrafficRecordWhichOnlyAnAuditorReads() throws Exception {
    String ghost = "ghost" + System.nanoTime();
    Http http = new Http(base());
    assertEquals(401, http.getBasic("api/me", ghost, "wrong").statusCode());
    assertEquals(403, http.getBasic("api/traffic?uid=" + ghost, "nanphat", "demo").statusCode(),
        "reading the record needs the auditor role");
    String found = "";
    for (int i = 0; i < 40 && !found.contains("SIGN_IN_FAILED"); i++) {
      Thread.sleep(250); // the record is written off the request path, about every second
      HttpResponse<String> r = http.getBasic("api/traffic?uid=" + ghost, "sinlapachai", "demo");
      assertEquals(200, r.statusCode(), r.body());
      found = r.body();
    }
    assertTrue(found.contains("SIGN_IN_FAILED") && found.contains(ghost), found);
  }

}
