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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 21 on a 390 x 844 phone: the area director approves a waiting request in three taps (the
 * home page's count, the card's approve button, the confirmation naming her basis) without opening
 * the request, and no page of her menu is wider than the window, the menu folded behind one button.
 */
class PhoneIT {

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

  @Test
  void noMenuPageIsWiderThanAPhone() throws Exception {
    for (String uid : List.of("director", "khwansiri")) {
      WebDriver browser = Browser.start();
      try {
        browser.manage().window().setSize(Pages.PHONE);
        WebDriverWait wait = Pages.signIn(browser, uid);
        // the one button opens the menu and closes it again
        WebElement toggle = browser.findElement(By.id("appMenuToggle"));
        toggle.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuForm")));
        assertEquals("true", toggle.getDomAttribute("aria-expanded"));
        Browser.screenshot(browser, "issue21-phone-menu-" + uid + ".png");
        toggle.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("menuForm")));

        List<String> wide = new ArrayList<>();
        for (String page : Pages.menuPages(browser)) {
          Pages.open(browser, wait, page);
          long[] w = Pages.widths(browser);
          if (w[0] > w[1]) {
            wide.add(Pages.name(page) + " " + w[0] + "px");
          }
          Browser.screenshot(browser, "issue21-phone-" + uid + "-" + Pages.name(page).replaceAll("[^a-z0-9]+", "-") + ".png");
        }
        assertEquals(List.of(), wide, uid + ": pages wider than the 390 px window");
      } catch (Exception | Error e) {
        Browser.failure(browser);
        throw e;
      } finally {
        browser.quit();
      }
    }
  }
}
