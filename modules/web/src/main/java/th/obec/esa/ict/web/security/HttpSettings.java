package th.obec.esa.ict.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The HTTP-facing settings (MicroProfile Config, overridable by environment variables):
 * <ul>
 *   <li>{@code ict.http.trusted-proxies}: addresses of the reverse proxies (nginx) whose {@code
 *       X-Forwarded-For} and {@code X-Forwarded-Proto} are believed; empty by default, so a client
 *       cannot claim another address or HTTPS by a header;</li>
 *   <li>{@code ict.session.max-hours}: the absolute lifetime of a signed-in page session (10), on
 *       top of the 30-minute idle timeout of web.xml;</li>
 *   <li>{@code ict.upload.max-bytes}: the largest request body (10 MB), uploads included.</li>
 * </ul>
 */
public final class HttpSettings {

  private HttpSettings() {}

  private static Config config() {
    return ConfigProvider.getConfig();
  }

  static Set<String> trustedProxies() {
    return Arrays.stream(config().getOptionalValue("ict.http.trusted-proxies", String.class).orElse("").split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  public static Duration sessionLifetime() {
    return Duration.ofHours(config().getOptionalValue("ict.session.max-hours", Integer.class).orElse(10));
  }

  public static long maxBodyBytes() {
    return config().getOptionalValue("ict.upload.max-bytes", Long.class).orElse(10L * 1024 * 1024);
  }

  /** The client's address: the socket's, or the proxy's X-Forwarded-For when the socket is a trusted proxy. */
  public static String clientAddress(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded != null && !forwarded.isBlank() && trustedProxies().contains(remote)) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].trim(); // the address the proxy itself saw
    }
    return remote;
  }

  /** Whether the browser reached us over HTTPS: directly, or through a trusted proxy that says so. */
  public static boolean overHttps(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    return "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))
        && trustedProxies().contains(request.getRemoteAddr());
  }
}
