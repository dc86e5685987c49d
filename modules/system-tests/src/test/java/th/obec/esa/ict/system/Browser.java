package th.obec.esa.ict.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

  private static int failures;

  private Browser() {}

  /** Signs in through the login form as a demo account (password demo) and waits for the shell. */
  static WebDriverWait signIn(WebDriver browser, String uid) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(Deployed.base() + "login.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:uid"))).sendKeys(uid);
    browser.findElement(By.id("login:password")).sendKeys("demo");
    browser.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUserName")));
    return wait;
  }

  /** Keeps what the browser shows under the screenshots folder (build output, for people to look at). */
  static void screenshot(WebDriver browser, String name) throws IOException {
    Path dir = Path.of(System.getProperty("ict.it.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  /** What the browser showed when a step failed: a screenshot and the page's HTML, for the report. */
  static void failure(WebDriver browser) {
    try {
      String name = "failed-" + (++failures);
      screenshot(browser, name + ".png");
      Files.writeString(Path.of(System.getProperty("ict.it.screenshots", "target/screenshots")).resolve(name + ".html"),
          browser.getCurrentUrl() + "\n" + browser.getPageSource());
    } catch (Exception ignored) {
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
    browser.manage().window().setSize(new Dimension(1280, 900));
    return browser;
  }
}
