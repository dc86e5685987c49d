package th.obec.esa.ict.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The browsers of one test: {@code @RegisterExtension final Browsers browsers = new Browsers();}
 * then {@code browsers.signIn("khwansiri")}. When the test fails, each browser it opened leaves
 * its screenshot and page source under {@code target/failures/} named after the test
 * ({@code Class.method-1.png}, {@code .html}); after the test every browser is closed.
 */
final class Browsers implements AfterTestExecutionCallback, AfterEachCallback {

  private final List<WebDriver> open = new ArrayList<>();

  /** A new browser, signed in nowhere. */
  Ui open() throws IOException {
    WebDriver driver = Browser.start();
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
      try {
        driver.quit();
      } catch (Exception ignored) {
        // already gone
      }
    }
    open.clear();
  }
}
