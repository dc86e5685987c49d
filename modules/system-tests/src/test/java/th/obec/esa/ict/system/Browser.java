package th.obec.esa.ict.system;

import java.io.IOException;
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
