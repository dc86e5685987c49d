package th.obec.esa.ict.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the accessibility and phone tests need of a page: the pages the menu offers a user, a page
 * loaded to the end, axe-core run on it, and whether it grows sideways.
 */
final class Pages {

  private Pages() {}

  /** A phone: the 390 x 844 window. */
  static final Dimension PHONE = new Dimension(390, 844);

  /**
   * Signs in through the login form at whatever size the window has. On a phone the user's name sits
   * in the folded menu, so this waits for it to be there, not to be visible (Browser.signIn does).
   */
  static WebDriverWait signIn(WebDriver browser, String uid) {
    WebDriverWait wait = new WebDriverWait(browser, Ui.PATIENCE, Ui.POLL);
    browser.get(Deployed.base() + "login.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:uid"))).sendKeys(uid);
    browser.findElement(By.id("login:password")).sendKeys("demo");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("currentUserName")));
    settle(browser, wait);
    return wait;
  }

  /** Every page the signed-in user's menu links to, in menu order (read from the menu's own links). */
  static List<String> menuPages(WebDriver browser) {
    Set<String> pages = new LinkedHashSet<>();
    for (WebElement link : browser.findElements(By.cssSelector("#menuForm a[href]"))) {
      String href = link.getDomProperty("href");
      if (href != null && href.contains(".xhtml")) {
        pages.add(href.replaceAll("#.*$", ""));
      }
    }
    return new ArrayList<>(pages);
  }

  /**
   * The pages of a person's menu as the server renders it for them, read over HTTP (no browser):
   * the links of the menu form, made absolute as a browser's {@code href} is.
   */
  static Set<String> menuPagesOf(java.net.URI base, String uid) throws IOException, InterruptedException {
    String html = Http.signedIn(base, uid).get("").body();
    int from = html.indexOf("id=\"menuForm\"");
    int to = html.indexOf("</form>", Math.max(from, 0));
    if (from < 0 || to < 0) {
      throw new AssertionError("no menu on " + uid + "'s home page");
    }
    Set<String> pages = new LinkedHashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"#]+\\.xhtml)[^\"]*\"")
        .matcher(html.substring(from, to));
    while (m.find()) {
      pages.add(base.resolve(m.group(1).replace("&amp;", "&")).toString());
    }
    return pages;
  }

  /**
   * Resizes the window and waits two animation frames, so that the layout, the media queries and
   * the page's own resize handlers have followed before anything is measured.
   */
  static void resize(WebDriver browser, Dimension size) {
    browser.manage().window().setSize(size);
    ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
        + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });");
  }

  /** Opens a page and waits until it is loaded and PrimeFaces has no request running. */
  static void open(WebDriver browser, WebDriverWait wait, String url) {
    browser.get(url);
    settle(browser, wait);
  }

  static void settle(WebDriver browser, WebDriverWait wait) {
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
            + " || PrimeFaces.ajax.Queue.isEmpty())")));
  }

  /**
   * The controls smaller than 44 x 44 CSS px (WCAG 2.5.5) in the page's content and the menu, as
   * "tag#id 'label' WxH": every button, link, input, select, text area and element with a widget
   * role or tab stop that is shown, measured with getBoundingClientRect. Exempt, as 2.5.5 allows:
   * a link inline in a sentence (its block holds more text than the link). A control inside a
   * larger control (the icon link of a button) counts once, as the outer one; PrimeFaces' visually
   * hidden native inputs (.ui-helper-hidden-accessible) are measured as the widget drawn for them.
   */
  static List<String> smallTargets(WebDriver browser) {
    List<?> found = (List<?>) ((JavascriptExecutor) browser).executeScript("""
        var sel = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=link],'
          + ' [role=checkbox], [role=radio], [role=combobox], [role=menuitem], [role=tab], [role=switch],'
          + ' [tabindex]:not([tabindex="-1"])';
        var roots = [document.getElementById('content'), document.getElementById('appNav'),
          document.getElementById('appMenuToggle')].filter(function (r) { return r; });
        function shown(e) {
          if (e.closest('.ui-helper-hidden-accessible, .ui-helper-hidden, [aria-hidden=true]')) { return false; }
          var r = e.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) { return false; }
          return typeof e.checkVisibility !== 'function' || e.checkVisibility({visibilityProperty: true});
        }
        function blockOf(e) {
          var b = e.parentElement;
          while (b && getComputedStyle(b).display.indexOf('inline') === 0) { b = b.parentElement; }
          return b;
        }
        function inlineInText(e) {
          if (e.tagName !== 'A' || getComputedStyle(e).display !== 'inline') { return false; }
          var b = blockOf(e);
          var own = e.textContent.replace(/\s+/g, '').length;
          return b && b.textContent.replace(/\s+/g, '').length > own;
        }
        var out = [];
        roots.forEach(function (root) {
          var all = [root].concat(Array.prototype.slice.call(root.querySelectorAll(sel)));
          all.forEach(function (e) {
            if (!e.matches(sel) || !shown(e) || inlineInText(e)) { return; }
            var outer = e.parentElement && e.parentElement.closest(sel);
            if (outer && root.contains(outer) && shown(outer)) { return; }
            var r = e.getBoundingClientRect();
            if (r.width < 43.5 || r.height < 43.5) {
              var label = (e.getAttribute('aria-label') || e.textContent || e.value || '').replace(/\s+/g, ' ').trim();
              out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + (e.className && e.className.baseVal === undefined
                ? String(e.className).split(' ').slice(0, 2).join('.') : '') + " '" + label.substring(0, 30) + "' "
                + Math.round(r.width) + 'x' + Math.round(r.height));
            }
          });
        });
        return out;
        """);
    List<String> out = new ArrayList<>();
    for (Object o : found) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  /** How wide the document is, and the window: the page must not scroll sideways. */
  static long[] widths(WebDriver browser) {
    List<?> w = (List<?>) ((JavascriptExecutor) browser).executeScript(
        "return [document.documentElement.scrollWidth, window.innerWidth]");
    return new long[] {((Number) w.get(0)).longValue(), ((Number) w.get(1)).longValue()};
  }

  /** The axe-core script: installed by the build from the npm registry (see the pom), pinned. */
  static String axeSource() throws IOException {
    Path path = Path.of(System.getProperty("ict.it.axe", "target/axe/node_modules/axe-core/axe.min.js"));
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("axe-core is not installed at " + path + " (the build's npm ci step)");
    }
    return Files.readString(path);
  }

  /** One rule axe-core found broken on a page: its id, impact and the elements concerned. */
  record Violation(String page, String rule, String impact, int count, String targets) {

    boolean seriousOrWorse() {
      return "serious".equals(impact) || "critical".equals(impact);
    }

    @Override
    public String toString() {
      return page + ": " + impact + " " + rule + " x" + count + " " + targets;
    }
  }

  /**
   * Has the browser put axe-core into every document it opens from now on (DevTools'
   * Page.addScriptToEvaluateOnNewDocument): the 500 KB script crosses the driver once per browser
   * instead of once per page, which took a quarter of a second a page (measured on PhoneIT's walk).
   */
  static void axeInEveryPage(WebDriver browser, String axe) {
    ((HasCdp) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axe));
  }

  /**
   * Runs axe-core's WCAG 2.0/2.1 A and AA rules on what the browser shows now; axe-core is put
   * into the page first unless {@link #axeInEveryPage} already did.
   */
  static List<Violation> axe(WebDriver browser, String axe, String page) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    if (!Boolean.TRUE.equals(js.executeScript("return !!(window.axe && typeof window.axe.run === 'function')"))) {
      js.executeScript(axe);
    }
    Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
        + " resultTypes: ['violations']})"
        + ".then(function (r) { done(r.violations.map(function (v) { return {rule: v.id, impact: v.impact || '',"
        + " count: v.nodes.length, targets: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })"
        + ".join(' | ')}; })); })"
        + ".catch(function (e) { done('axe failed: ' + e); });");
    if (!(result instanceof List<?> list)) {
      throw new IllegalStateException(page + ": " + result);
    }
    List<Violation> out = new ArrayList<>();
    for (Object o : list) {
      Map<?, ?> v = (Map<?, ?>) o;
      out.add(new Violation(page, String.valueOf(v.get("rule")), String.valueOf(v.get("impact")),
          ((Number) v.get("count")).intValue(), String.valueOf(v.get("targets"))));
    }
    return out;
  }

  /**
   * What is wrong with how the page says where you are, if anything: its title must begin with its
   * heading (h1), and its language must be Thai (lang="th"). One script, one round trip.
   */
  static java.util.Optional<String> titleProblem(WebDriver browser, String page) {
    List<?> seen = (List<?>) ((JavascriptExecutor) browser).executeScript(
        "var h = document.querySelector('h1');"
            + " return [document.title, h ? h.innerText.trim() : '', document.documentElement.lang];");
    String title = String.valueOf(seen.get(0));
    String heading = String.valueOf(seen.get(1));
    Object lang = seen.get(2);
    List<String> problems = new ArrayList<>();
    if (heading.isEmpty() || !title.startsWith(heading)) {
      problems.add("title '" + title + "', heading '" + heading + "'");
    }
    if (!"th".equals(lang)) {
      problems.add("lang=" + lang);
    }
    return problems.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(name(page) + ": " + String.join(", ", problems));
  }

  /**
   * At a phone's width (the window's size now): adds the page to {@code wide} if it scrolls
   * sideways, and its controls smaller than 44 x 44 px to {@code small}.
   */
  static void phoneProblems(WebDriver browser, String uid, String page, List<String> wide, List<String> small) {
    long[] w = widths(browser);
    if (w[0] > w[1]) {
      wide.add(uid + " " + name(page) + " " + w[0] + "px");
    }
    smallTargets(browser).forEach(t -> small.add(uid + " " + name(page) + ": " + t));
  }

  /** Opens the folded menu on the page shown and adds its controls smaller than 44 x 44 px. */
  static void menuTargets(WebDriver browser, WebDriverWait wait, String uid, List<String> small) {
    browser.findElement(By.id("appMenuToggle")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menuForm")));
    smallTargets(browser).forEach(t -> small.add(uid + " menu: " + t));
  }

  /**
   * A screenshot of each page of a menu walk, when asked for ({@code -Dict.it.walkScreenshots=true}):
   * sixty-odd pictures nobody opens in CI cost a few seconds of every run; the flows' own
   * screenshots are always taken.
   */
  static void walkScreenshot(WebDriver browser, String prefix, String page) throws IOException {
    if (Boolean.getBoolean("ict.it.walkScreenshots")) {
      Browser.screenshot(browser, prefix + "-" + name(page).replaceAll("[^a-z0-9]+", "-") + ".png");
    }
  }

  /** The part of a page's address after the application's root, for messages and file names. */
  static String name(String url) {
    return url.replace(Deployed.base().toString(), "").replaceAll("\\?.*$", "");
  }
}
