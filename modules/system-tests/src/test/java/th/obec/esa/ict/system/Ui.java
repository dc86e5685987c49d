package th.obec.esa.ict.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser as a person uses it, waiting on conditions and never on time. Every action takes a
 * locator, not an element, and finds the element again when it acts: a PrimeFaces AJAX update
 * replaces the elements it renders, so an element found before the update is stale after it.
 * After each click the page is given time to settle: the document loaded, PrimeFaces' AJAX queue
 * empty and no jQuery request in flight.
 */
final class Ui {

  /** How long a step may take on a busy 2-core machine before the test fails. */
  static final Duration PATIENCE = Duration.ofSeconds(30);
  /**
   * How often a wait looks again. Selenium's default, half a second, was paid after nearly every
   * click (the first look comes while the AJAX request is still running): a tenth is enough.
   */
  static final Duration POLL = Duration.ofMillis(100);

  private final WebDriver driver;
  private final WebDriverWait wait;

  Ui(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, PATIENCE, POLL);
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  WebDriver driver() {
    return driver;
  }

  WebDriverWait waiter() {
    return wait;
  }

  /** Opens a page of the application (a path relative to its root) and waits until it settles. */
  Ui open(String path) {
    driver.get(Deployed.base() + path);
    settle();
    return this;
  }

  /** Signs in through the login form as a demo account (password demo) and waits for the shell. */
  Ui signIn(String uid) {
    open("login.xhtml");
    type(By.id("login:uid"), uid);
    type(By.id("login:password"), "demo");
    click(By.id("login:submit"));
    // present, not visible: on a phone the user's name is in the folded menu
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("currentUserName")));
    settle();
    return this;
  }

  Ui phone() {
    driver.manage().window().setSize(new Dimension(390, 844));
    return this;
  }

  /** Waits until the element is visible and returns it (use it at once: a later update may replace it). */
  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** The visible text of an element, read when it is visible. */
  String text(By locator) {
    return wait.until(d -> {
      WebElement e = d.findElement(locator);
      return e.isDisplayed() ? e.getText() : null;
    });
  }

  List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  boolean absent(By locator) {
    return driver.findElements(locator).isEmpty();
  }

  /** Types into a field, finding it again if an update replaced it while typing started. */
  Ui type(By locator, CharSequence text) {
    wait.until(d -> {
      WebElement e = d.findElement(locator);
      if (!e.isDisplayed() || !e.isEnabled()) {
        return false;
      }
      e.sendKeys(text);
      return true;
    });
    return this;
  }

  /** Types into the n-th (from 0) of the fields the locator finds, finding them again if an update replaced them. */
  Ui typeNth(By locator, int index, CharSequence text) {
    wait.until(d -> {
      List<WebElement> found = d.findElements(locator);
      if (found.size() <= index || !found.get(index).isDisplayed()) {
        return false;
      }
      found.get(index).sendKeys(text);
      return true;
    });
    return this;
  }

  /** Empties a field and types into it. */
  Ui retype(By locator, CharSequence text) {
    wait.until(d -> {
      WebElement e = d.findElement(locator);
      if (!e.isDisplayed()) {
        return false;
      }
      e.clear();
      e.sendKeys(text);
      return true;
    });
    return this;
  }

  /**
   * Clicks an element once it is clickable, scrolled into the middle of the window first (a fixed
   * header or an open overlay would otherwise take the click), then waits for the page to settle.
   */
  Ui click(By locator) {
    wait.until(d -> {
      WebElement e = ExpectedConditions.elementToBeClickable(locator).apply(d);
      if (e == null) {
        return false;
      }
      js("arguments[0].scrollIntoView({block: 'center'});", e);
      try {
        e.click();
        return true;
      } catch (ElementClickInterceptedException covered) {
        return false;
      }
    });
    settle();
    return this;
  }

  /** Clicks the OK button of the PrimeFaces confirmation dialog that is showing (a page may hold several). */
  Ui confirm() {
    wait.until(d -> {
      for (WebElement yes : d.findElements(By.cssSelector(".ui-confirmdialog-yes"))) {
        if (yes.isDisplayed() && yes.isEnabled()) {
          try {
            yes.click();
            return true;
          } catch (ElementClickInterceptedException stillOpening) {
            return false;
          }
        }
      }
      return false;
    });
    settle();
    return this;
  }

  /**
   * Picks an entry of a PrimeFaces selectOneMenu: opens it as a person does, checks the entry is
   * offered, and selects it through the widget (a click on the overlay is lost when the page
   * scrolls under it, which closes the overlay).
   */
  Ui choose(String id, String value) {
    click(By.id(id));
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//li[starts-with(@id, '" + id + "_') and @data-value='" + value + "']")));
    js("var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]); w.hide();", id, value);
    wait.until(ExpectedConditions.attributeToBe(By.id(id + "_input"), "value", value));
    settle();
    return this;
  }

  /**
   * Does something that makes an AJAX update re-render an element (typing into a search box that
   * filters a list, say), then waits until that element has been replaced and the page has
   * settled: what is read or chosen afterwards is the updated element, not the one the update is
   * about to throw away.
   */
  Ui updating(By rendered, java.util.function.Consumer<Ui> action) {
    WebElement before = wait.until(ExpectedConditions.presenceOfElementLocated(rendered));
    action.accept(this);
    wait.until(ExpectedConditions.stalenessOf(before));
    settle();
    return this;
  }

  /** Waits until the element's text contains the words. */
  Ui waitText(By locator, String words) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, words));
    return this;
  }

  <T> T until(Function<? super WebDriver, T> condition) {
    return wait.until(condition);
  }

  /** Waits for the condition and goes on with this browser. */
  Ui await(ExpectedCondition<?> condition) {
    wait.until(condition);
    return this;
  }

  /** The page has loaded, PrimeFaces' AJAX queue is empty and jQuery has no request in flight. */
  Ui settle() {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return document.readyState === 'complete'"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue || PrimeFaces.ajax.Queue.isEmpty())"
            + " && (!window.jQuery || jQuery.active === 0);")));
    return this;
  }

  String url() {
    return driver.getCurrentUrl();
  }

  /** The numeric id of the page's record, read from its address (…?id=123). */
  long idFromUrl() {
    return Long.parseLong(url().replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  Ui screenshot(String name) throws IOException {
    Browser.screenshot(driver, name);
    return this;
  }
}
