package th.obec.esa.ict.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The browsers of one test: {@code @RegisterExtension final Browsers browsers = new Browsers();}
 * then {@code browsers.signIn("khwansiri")}. When the test fails, each browser it opened leaves
 * its screenshot and page source under {@code target/failures/} named after the test
 * ({@code Class.method-1.png}, {@code .html}).
 *
 * <p>After the test each browser is wiped and kept for a later test: its cookies (so no session),
 * local and session storage and any open dialog are gone, it shows about:blank at the desktop size
 * with the driver's default timeouts. Only its HTTP cache stays, as a person's browser keeps
 * PrimeFaces' scripts. Starting a Chromium and its driver costs about two CPU-seconds, and a first
 * page with a cold cache more; the suite used to do that for every browser of every test. A browser
 * that cannot be wiped is closed instead.
 */
final class Browsers implements AfterTestExecutionCallback, AfterEachCallback {

  /** Wiped browsers waiting for a test; the test classes run two at a time. */
  private static final Deque<WebDriver> IDLE = new ConcurrentLinkedDeque<>();
  private static final int KEEP = 4;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (WebDriver driver; (driver = IDLE.poll()) != null; ) {
        quit(driver);
      }
    }, "browsers-quit"));
  }

  private final List<WebDriver> open = new ArrayList<>();

  /** A browser signed in nowhere: a wiped one if there is one, else a new one. */
  Ui open() throws IOException {
    WebDriver driver = IDLE.pollFirst();
    if (driver == null) {
      driver = Browser.start();
    }
    open.add(driver);
    return new Ui(driver);
  }

  /** A new browser signed in as a demo account. */
  Ui signIn(String uid) throws IOException {
    return open().signIn(uid);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    Path dir = Path.of(System.getProperty("ict.it.failures", "target/failures"));
    String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
    for (int i = 0; i < open.size(); i++) {
      WebDriver driver = open.get(i);
      String file = name + "-" + (i + 1);
      try {
        Files.createDirectories(dir);
        Files.write(dir.resolve(file + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve(file + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
      } catch (Exception | Error ignored) {
        // a browser that has gone away leaves nothing; the failure itself is what the test reports
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (WebDriver driver : open) {
      if (IDLE.size() < KEEP && wiped(driver)) {
        IDLE.addFirst(driver);
      } else {
        quit(driver);
      }
    }
    open.clear();
  }

  /** Leaves the browser as a new one but for its HTTP cache; false if it could not. */
  private static boolean wiped(WebDriver driver) {
    try {
      try {
        driver.switchTo().alert().dismiss();
      } catch (NoAlertPresentException none) {
        // the usual case
      }
      if (driver.getWindowHandles().size() != 1) {
        return false;
      }
      driver.get("about:blank");
      HasCdp cdp = (HasCdp) driver;
      cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
      cdp.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", Deployed.base().resolve("/").toString().replaceAll("/$", ""),
          "storageTypes", "local_storage,session_storage,indexeddb,service_workers,cache_storage"));
      driver.manage().window().setSize(Browser.DESKTOP);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(300));
      driver.manage().timeouts().implicitlyWait(Duration.ZERO);
      Object cookies = cdp.executeCdpCommand("Storage.getCookies", Map.of()).get("cookies");
      return cookies instanceof List<?> list && list.isEmpty();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void quit(WebDriver driver) {
    try {
      driver.quit();
    } catch (Exception ignored) {
      // already gone
    }
  }
}
