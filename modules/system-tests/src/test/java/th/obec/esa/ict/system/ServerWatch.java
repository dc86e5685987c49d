package th.obec.esa.ict.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * When a system test fails because the server does not answer at all (connection refused), prints
 * once the end of the test domain's server log and any JVM crash file into the build's output. A
 * CI run keeps only that output: without the server's own account, thirty "Connection refused"
 * failures say nothing about why the server was gone.
 */
public final class ServerWatch implements TestExecutionListener {

  private static final AtomicBoolean PRINTED = new AtomicBoolean();

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    Throwable failure = result.getThrowable().orElse(null);
    if (failure == null || !refused(failure) || answers() || !PRINTED.compareAndSet(false, true)) {
      return;
    }
    String domain = System.getProperty("ict.it.domainDir");
    System.err.println("ServerWatch: " + Deployed.base() + " does not answer (" + failure + ")");
    if (domain == null) {
      return;
    }
    try {
      Path log = Path.of(domain, "logs", "server.log");
      if (Files.exists(log)) {
        List<String> lines = Files.readAllLines(log);
        System.err.println("ServerWatch: the last 120 lines of " + log + ":");
        lines.subList(Math.max(0, lines.size() - 120), lines.size()).forEach(System.err::println);
      }
      try (Stream<Path> crashes = Files.find(Path.of(domain), 2, (p, a) -> p.getFileName().toString().startsWith("hs_err"))) {
        for (Path crash : crashes.toList()) {
          System.err.println("ServerWatch: JVM crash file " + crash + ":");
          Files.readAllLines(crash).stream().limit(60).forEach(System.err::println);
        }
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("ServerWatch: could not read the server's files: " + e);
    }
  }

  private static boolean refused(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String text = String.valueOf(c);
      if (c instanceof java.net.ConnectException || text.contains("ERR_CONNECTION_REFUSED")) {
        return true;
      }
    }
    return false;
  }

  private static boolean answers() {
    try {
      HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
          HttpRequest.newBuilder(URI.create(Deployed.base() + "health/ready")).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.discarding());
      return r.statusCode() < 500;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
