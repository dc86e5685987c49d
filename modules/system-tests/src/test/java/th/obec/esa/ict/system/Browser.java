package th.obec.esa.ict.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, headless. The paths are Debian's (packages chromium and
 * chromium-driver, installed by .ci/run); no browser or driver is downloaded.
 */
final class Browser {

  private Browser() {}

  /** The window of a desktop browser, the size every browser starts at. */
  static final Dimension DESKTOP = new Dimension(1280, 900);

  /**
   * Signs in through the login form as a demo account (password demo) and waits for the shell.
   * New tests use {@link Browsers} and {@link Ui}, which also keep what a failing test saw.
   */
  static WebDriverWait signIn(WebDriver browser, String uid) {
    Ui ui = new Ui(browser).signIn(uid);
    return ui.waiter();
  }

  /** Keeps what the browser shows under the screenshots folder (build output, for people to look at). */
  static void screenshot(WebDriver browser, String name) throws IOException {
    Path dir = Path.of(System.getProperty("ict.it.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * What the browser showed when a step failed, for tests that manage their own browser: a
   * screenshot and the page's HTML under target/failures, named after the calling test method.
   * Tests that open their browsers through {@link Browsers} get this without asking.
   */
  static void failure(WebDriver browser) {
    StackTraceElement caller = StackWalker.getInstance().walk(s -> s.skip(1).findFirst()).map(f -> f.toStackTraceElement())
        .orElse(new StackTraceElement("Unknown", "test", null, 0));
    String name = caller.getClassName().replaceAll(".*\\.", "") + "." + caller.getMethodName() + "-" + System.nanoTime();
    try {
      Path dir = Files.createDirectories(Path.of(System.getProperty("ict.it.failures", "target/failures")));
      Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      Files.writeString(dir.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
    } catch (Exception | Error ignored) {
      // the failure itself is what the test reports
    }
  }

  static WebDriver start() throws IOException {
    String binary = System.getProperty("ict.chromium", "/usr/bin/chromium");
    String driver = System.getProperty("ict.chromedriver", "/usr/bin/chromedriver");
    Path profile = Files.createTempDirectory("ict-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--lang=th-TH", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(driver).toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(DESKTOP);
    return browser;
  }
}
