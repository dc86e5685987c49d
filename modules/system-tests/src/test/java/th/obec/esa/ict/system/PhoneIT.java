package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 21 on a 390 x 844 phone: the area director approves a waiting request in three taps (the
 * home page's count, the card's approve button, the confirmation naming her basis) without opening
 * the request, or returns one for correction from its card; no page of her menu is wider than the
 * window, the menu folded behind one button, every control is a touch target of 44 x 44 px, and
 * axe-core finds no serious violation on her pages at that width. Its tests share nothing (each
 * files its own request, each walk has its own browser), so they may run at the same time.
 */
@Execution(ExecutionMode.CONCURRENT)
class PhoneIT {

  @RegisterExtension
  final Browsers browsers = new Browsers();

  /** Pages that show the signed-in person's own work, walked for the director whoever else walks them. */
  private static final List<String> HER_OWN = List.of(
      "/index.xhtml", "/forms/inbox.xhtml", "/forms/mine.xhtml", "/forms/access/review.xhtml", "/delegation/who-acts.xhtml");
  private static final String RUN = Long.toString(System.nanoTime(), 36).toUpperCase();

  @Test
  void theDirectorApprovesFromTheInboxCardOnAPhone() throws Exception {
    String subject = "ซ่อมจอภาพ (โทรศัพท์) " + RUN;
    Map<String, Object> body = new HashMap<>();
    body.put("form", "F03");
    body.put("subject", subject);
    body.put("body", "จอภาพไม่แสดงผล");
    body.put("amount", 1500);
    body.put("describedItem", "จอภาพ 24 นิ้ว");
    body.put("location", "ห้องธุรการ");
    body.put("symptoms", "เปิดไม่ติด");
    long id = ((Number) Rest.as(Deployed.base(), "somchai").postOk("api/forms/submissions", body).get("id")).longValue();
    Rest.as(Deployed.base(), "nanphat").postOk("api/forms/submissions/" + id + "/review", Map.of("comment", "ตรวจแล้ว"));

    WebDriver browser = Browser.start();
    try {
      browser.manage().window().setSize(Pages.PHONE);
      WebDriverWait wait = Pages.signIn(browser, "director");
      Pages.settle(browser, wait);
      // the first screen is the page's own: the menu is folded behind its one button
      WebElement toggle = browser.findElement(By.id("appMenuToggle"));
      assertTrue(toggle.isDisplayed(), "the menu button shows on a phone");
      assertFalse(browser.findElement(By.id("menuForm")).isDisplayed(), "the menu is folded");
      assertTrue(browser.findElement(By.tagName("h1")).getRect().getY() < 300, "the page's heading is near the top");
      Browser.screenshot(browser, "issue21-phone-home.png");

      // tap 1: the home page's count of what waits
      browser.findElement(By.id("homeInbox")).click();
      WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//article[contains(@class,'inbox-card')][.//a[contains(., '" + subject + "')]]")));
      Pages.settle(browser, wait);
      String text = card.getText();
      assertTrue(text.contains("F03") && text.contains("1,500.00") && text.contains("ผู้มีอำนาจอนุมัติเอง"),
          "the card says the form, the amount and the basis: " + text);
      WebElement pdf = card.findElement(By.cssSelector("a.inbox-pdf"));
      assertTrue(pdf.getDomProperty("href").endsWith("api/forms/submissions/" + id + "/pdf"), pdf.getDomProperty("href"));
      HttpResponse<byte[]> memo = Rest.as(Deployed.base(), "director").getBytes("api/forms/submissions/" + id + "/pdf");
      assertEquals(200, memo.statusCode());
      assertTrue(new String(memo.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"), "the memo is a PDF");
      long[] w = Pages.widths(browser);
      assertTrue(w[0] <= w[1], "the inbox is no wider than the phone: " + w[0] + " > " + w[1]);
      Browser.screenshot(browser, "issue21-phone-inbox.png");

      // tap 2: approve on the card; tap 3: the confirmation, which names the basis
      card.findElement(By.xpath(".//button[normalize-space(.)='อนุมัติ']")).click();
      WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
      assertTrue(dialog.getText().contains(subject) && dialog.getText().contains("ผู้มีอำนาจอนุมัติเอง"),
          "the confirmation names the request and the basis: " + dialog.getText());
      Browser.screenshot(browser, "issue21-phone-confirm.png");
      dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "อนุมัติแล้ว"));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.partialLinkText(subject)));
      Browser.screenshot(browser, "issue21-phone-approved.png");
    } catch (Exception | Error e) {
      Browser.failure(browser);
      throw e;
    } finally {
      browser.quit();
    }
    assertEquals("APPROVED", Rest.as(Deployed.base(), "somchai").getOk("api/forms/submissions/" + id).get("state"));
  }

  /**
   * The area director's menu, page by page at a phone's width, where she decides: no page wider than
   * the window, every control a 44 x 44 px target, each page's title saying where she is, and no
   * serious axe-core violation. The ICT officer's menu, the longest, gets the same width and target
   * checks in {@link AccessibilityIT}'s walk, which loads each of her pages once for both widths; so
   * the director's walk takes the pages her menu has and the officer's has not, and the pages whose
   * content is the director's own ({@link #HER_OWN}: what waits for her, what she asked, what she
   * reviews, who acts for her), where her cards and buttons are not the officer's.
   */
  @Test
  void noPageOfTheDirectorsMenuIsWiderThanAPhone() throws Exception {
    String uid = "director";
    String axe = Pages.axeSource();
    List<String> wide = new ArrayList<>();
    List<String> small = new ArrayList<>();
    List<Pages.Violation> found = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    WebDriver browser = Browser.start();
    try {
      browser.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(90));
      browser.manage().window().setSize(Pages.PHONE);
      Pages.axeInEveryPage(browser, axe);
      WebDriverWait wait = Pages.signIn(browser, uid);
      // the one button opens the menu and closes it again
      WebElement toggle = browser.findElement(By.id("appMenuToggle"));
      toggle.click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuForm")));
      assertEquals("true", toggle.getDomAttribute("aria-expanded"));
      Browser.screenshot(browser, "issue21-phone-menu-" + uid + ".png");
      toggle.click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("menuForm")));

      java.util.Set<String> officers = Pages.menuPagesOf(Deployed.base(), "khwansiri");
      List<String> walk = Pages.menuPages(browser).stream()
          .filter(page -> !officers.contains(page) || HER_OWN.stream().anyMatch(page::endsWith)).toList();
      assertTrue(walk.stream().anyMatch(page -> page.endsWith("/forms/inbox.xhtml"))
          && walk.stream().anyMatch(page -> page.endsWith("/index.xhtml")), "the walk takes her inbox and home: " + walk);
      for (String page : walk) {
        Pages.open(browser, wait, page);
        Pages.phoneProblems(browser, uid, page, wide, small);
        found.addAll(Pages.axe(browser, axe, Pages.name(page) + " (phone)"));
        Pages.titleProblem(browser, page).ifPresent(titles::add);
        Pages.walkScreenshot(browser, "issue21-phone-" + uid, page);
      }
      // the menu's own controls, opened on the last page
      Pages.menuTargets(browser, wait, uid, small);
    } catch (Exception | Error e) {
      Browser.failure(browser);
      throw e;
    } finally {
      browser.quit();
    }
    assertEquals(List.of(), wide, "pages of " + uid + " wider than the 390 px window");
    assertEquals(List.of(), small, "controls smaller than 44 x 44 px on a phone");
    assertEquals(List.of(), titles, "each page's title says where you are, in Thai");
    found.forEach(v -> System.out.println("  axe-core, phone: " + v));
    assertEquals(List.of(), found.stream().filter(Pages.Violation::seriousOrWorse).toList(),
        "serious or critical WCAG 2.1 A/AA violations on the director's pages at a phone's width");
  }

  /**
   * ส่งคืนแก้ไข from the card: without a comment the refusal is said next to the card's comment
   * (an alert); with one, the confirmation names the request and the basis, and the request waits
   * for its requester, who reads why on the request, corrects it and submits it again.
   */
  @Test
  void theDirectorReturnsARequestForCorrectionFromTheCardAndTheRequesterResubmitsIt() throws Exception {
    String subject = "ซ่อมเครื่องพิมพ์ (ส่งคืนแก้ไข) " + RUN;
    Map<String, Object> body = new HashMap<>();
    body.put("form", "F03");
    body.put("subject", subject);
    body.put("amount", 900);
    body.put("describedItem", "เครื่องพิมพ์เลเซอร์");
    body.put("location", "ห้องธุรการ");
    body.put("symptoms", "กระดาษติด");
    long id = ((Number) Rest.as(Deployed.base(), "somchai").postOk("api/forms/submissions", body).get("id")).longValue();
    Rest.as(Deployed.base(), "nanphat").postOk("api/forms/submissions/" + id + "/review", Map.of("comment", "ตรวจแล้ว"));

    Ui director = browsers.open().phone().signIn("director").open("forms/inbox.xhtml");
    By card = By.xpath("//article[contains(@class,'inbox-card')][.//a[contains(., '" + subject + "')]]");
    By sendBack = By.xpath("//article[contains(@class,'inbox-card')][.//a[contains(., '" + subject + "')]]"
        + "//button[contains(@class,'inbox-send-back')]");
    director.visible(card);
    // no comment: refused, and said next to the card's comment, as an alert
    director.click(sendBack).confirm();
    By refusal = By.xpath("//article[contains(@class,'inbox-card')][.//a[contains(., '" + subject + "')]]"
        + "//*[contains(@class,'ui-message-error')]");
    director.waitText(refusal, "กรุณาระบุสิ่งที่ต้องแก้ไข");
    WebElement alert = director.visible(refusal);
    assertTrue("alert".equals(alert.getDomAttribute("role")) || alert.getDomAttribute("aria-live") != null,
        "the refusal is announced: " + alert.getDomAttribute("role"));
    assertEquals("REVIEWED", Rest.as(Deployed.base(), "somchai").getOk("api/forms/submissions/" + id).get("state"));

    String why = "โปรดระบุเลขครุภัณฑ์ของเครื่องพิมพ์";
    director.type(By.xpath("//article[contains(@class,'inbox-card')][.//a[contains(., '" + subject + "')]]//textarea"), why);
    director.click(sendBack);
    WebElement dialog = director.visible(By.cssSelector(".ui-confirm-dialog"));
    String question = dialog.getText();
    assertTrue(question.contains(subject) && question.contains("ส่งคืน") && question.contains("ผู้มีอำนาจอนุมัติเอง"),
        "the confirmation names the request and the basis: " + question);
    director.screenshot("issue21-phone-send-back-confirm.png");
    director.confirm();
    director.waitText(By.id("messages"), "ส่งคืนให้ผู้ขอแก้ไขแล้ว");
    director.await(ExpectedConditions.invisibilityOfElementLocated(card));
    assertEquals("CORRECTION", Rest.as(Deployed.base(), "somchai").getOk("api/forms/submissions/" + id).get("state"));

    // the requester finds it in her inbox, reads why, corrects it and submits it again
    Ui requester = browsers.open().phone().signIn("somchai").open("forms/inbox.xhtml");
    By own = By.xpath("//article[contains(@class,'inbox-card')][.//a[contains(., '" + subject + "')]]");
    assertTrue(requester.text(own).contains("รอแก้ไข"), requester.text(own));
    requester.open("forms/view.xhtml?id=" + id);
    assertTrue(requester.text(By.id("view:correctionNote")).contains(why), "she reads why it came back");
    requester.retype(By.id("view:subject"), subject + " เลขครุภัณฑ์ 7440-001-0002");
    requester.screenshot("issue21-phone-correction.png");
    requester.click(By.id("view:resubmit"));
    requester.waitText(By.id("messages"), "แก้ไขและยื่นอีกครั้งแล้ว");
    long[] w = Pages.widths(requester.driver());
    assertTrue(w[0] <= w[1], "the request page is no wider than the phone: " + w[0]);
    Map<String, Object> after = Rest.as(Deployed.base(), "somchai").getOk("api/forms/submissions/" + id);
    assertEquals("SUBMITTED", after.get("state"));
    assertEquals(subject + " เลขครุภัณฑ์ 7440-001-0002", after.get("subject"));
  }
}
