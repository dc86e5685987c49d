package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 21: axe-core (WCAG 2.0/2.1 A and AA rules) on the sign-in page and on every page of the
 * menu, for an ICT officer at a desktop's width (her pages also at a phone's width for sideways
 * scrolling and touch targets) and for the area director at a phone's ({@link PhoneIT}); no
 * violation of impact serious or critical may remain. Each page also says where you are (its title begins
 * with its heading) and in which language (lang="th").
 */
class AccessibilityIT {

  @Test
  void theSignInPageHasNoSeriousViolation() throws Exception {
    String axe = Pages.axeSource();
    WebDriver browser = Browser.start();
    try {
      browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
      Pages.axeInEveryPage(browser, axe);
      WebDriverWait wait = new WebDriverWait(browser, Ui.PATIENCE, Ui.POLL);
      Pages.open(browser, wait, Deployed.base() + "login.xhtml");
      List<Pages.Violation> found = Pages.axe(browser, axe, "login.xhtml");
      Browser.screenshot(browser, "issue21-login-desktop.png");
      browser.manage().window().setSize(Pages.PHONE);
      Pages.open(browser, wait, Deployed.base() + "login.xhtml");
      found.addAll(Pages.axe(browser, axe, "login.xhtml (phone)"));
      Browser.screenshot(browser, "issue21-login-phone.png");
      report("login", found);
      assertEquals("th", ((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"));
      assertEquals(List.of(), found.stream().filter(Pages.Violation::seriousOrWorse).toList());
    } catch (Exception | Error e) {
      Browser.failure(browser);
      throw e;
    } finally {
      browser.quit();
    }
  }

  /**
   * The ICT officer's menu, the longest, every page of it, loaded once and looked at in two widths:
   * at a phone's, no page wider than the window and every control a 44 x 44 px target; at a
   * desktop's, axe-core's WCAG 2.1 A/AA rules and a title that says where she is. The area
   * director's menu is checked page by page at a phone's width in {@link PhoneIT}, where she
   * decides, so each of the two roles' pages is checked once (a third walk, of her menu at a
   * desktop's width, took a fifth of the system tests' browser time and found what the other two
   * find; the ICT officer's two walks, one per width, loaded every page twice).
   */
  @Test
  void everyPageOfTheIctOfficersMenuFitsAPhoneAndHasNoSeriousViolation() throws Exception {
    String uid = "khwansiri";
    String axe = Pages.axeSource();
    WebDriver browser = Browser.start();
    List<Pages.Violation> found = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> wide = new ArrayList<>();
    List<String> small = new ArrayList<>();
    try {
      browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
      Pages.axeInEveryPage(browser, axe);
      WebDriverWait wait = Browser.signIn(browser, uid);
      List<String> pages = new ArrayList<>(Pages.menuPages(browser));
      assertTrue(pages.size() >= 10, "the menu offers " + uid + " its pages: " + pages);
      // not in the menu but on every page's bar: one's own choice of mail notifications
      pages.add(Deployed.base().resolve("notifications.xhtml").toString());
      for (String page : pages) {
        Pages.resize(browser, Pages.PHONE);
        Pages.open(browser, wait, page);
        Pages.phoneProblems(browser, uid, page, wide, small);
        Pages.walkScreenshot(browser, "issue21-phone-" + uid, page);
        Pages.resize(browser, Browser.DESKTOP);
        String name = Pages.name(page);
        found.addAll(Pages.axe(browser, axe, name));
        Pages.titleProblem(browser, page).ifPresent(titles::add);
      }
      Pages.resize(browser, Pages.PHONE);
      Pages.menuTargets(browser, wait, uid, small);
      report(uid, found);
      assertEquals(List.of(), wide, "pages of " + uid + " wider than the 390 px window");
      assertEquals(List.of(), small, "controls smaller than 44 x 44 px on a phone");
      assertEquals(List.of(), titles, "each page's title says where you are, in Thai");
      assertEquals(List.of(), found.stream().filter(Pages.Violation::seriousOrWorse).toList(),
          "serious or critical WCAG 2.1 A/AA violations for " + uid);
    } catch (Exception | Error e) {
      Browser.failure(browser);
      throw e;
    } finally {
      browser.quit();
    }
  }

  /** Prints what axe found, counted by rule, for the build log (minor and moderate ones included). */
  private static void report(String who, List<Pages.Violation> found) {
    Map<String, Integer> byRule = new TreeMap<>();
    for (Pages.Violation v : found) {
      byRule.merge(v.impact() + " " + v.rule(), v.count(), Integer::sum);
    }
    System.out.println("axe-core for " + who + ": " + (byRule.isEmpty() ? "no violation" : byRule));
    found.forEach(v -> System.out.println("  " + v));
  }
}
