package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 21: axe-core (WCAG 2.0/2.1 A and AA rules) on the sign-in page and on every page of the
 * menu, for the area director and for an ICT officer, at desktop and at phone width; no violation
 * of impact serious or critical may remain. Each page also says where you are (its title begins
 * with its heading) and in which language (lang="th").
 */
class AccessibilityIT {

  @Test
  void theSignInPageHasNoSeriousViolation() throws Exception {
    String axe = Pages.axeSource();
    WebDriver browser = Browser.start();
    try {
      browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
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
   * The area director's menu at a desktop's and a phone's width (she decides from her phone), the
   * ICT officer's at a desktop's: every page of each menu, and every layout people use most. (Both
   * roles at both widths took two minutes of the suite's eight for little more.) The two menus are
   * walked at the same time, each in a browser of its own: they only read.
   */
  @ParameterizedTest
  @CsvSource({"director, true", "khwansiri, false"})
  @org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
  void everyMenuPageHasNoSeriousViolation(String uid, boolean alsoOnAPhone) throws Exception {
    String axe = Pages.axeSource();
    WebDriver browser = Browser.start();
    List<Pages.Violation> found = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    try {
      browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
      WebDriverWait wait = Browser.signIn(browser, uid);
      List<String> pages = Pages.menuPages(browser);
      assertTrue(pages.size() >= 10, "the menu offers " + uid + " its pages: " + pages);
      for (boolean phone : alsoOnAPhone ? new boolean[] {false, true} : new boolean[] {false}) {
        if (phone) {
          browser.manage().window().setSize(Pages.PHONE);
        }
        for (String page : pages) {
          Pages.open(browser, wait, page);
          String name = Pages.name(page) + (phone ? " (phone)" : "");
          found.addAll(Pages.axe(browser, axe, name));
          if (!phone) {
            String title = browser.getTitle();
            String heading = browser.findElements(By.tagName("h1")).isEmpty() ? ""
                : browser.findElement(By.tagName("h1")).getText().strip();
            if (heading.isEmpty() || !title.startsWith(heading)) {
              titles.add(name + ": title '" + title + "', heading '" + heading + "'");
            }
            Object lang = ((JavascriptExecutor) browser).executeScript("return document.documentElement.lang");
            if (!"th".equals(lang)) {
              titles.add(name + ": lang=" + lang);
            }
          }
        }
      }
      report(uid, found);
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
