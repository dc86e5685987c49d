package th.obec.esa.ict.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * On every request: the security headers ({@link SecurityHeaders}; PrimeFaces' own CSP with its
 * nonce replaces the default one on pages), and a body over {@code ict.upload.max-bytes} (10 MB)
 * refused 413 (pages' uploads included); under {@code /api} the refusal is problem+json, a body
 * without a length is cut off at the limit too, and a state-changing request that a browser sent from
 * another site ({@code Origin} or {@code Sec-Fetch-Site} says so) is refused 403, so a page
 * elsewhere cannot use a browser's cached Basic credentials (cross-site request forgery).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class HardeningFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(request, response);
    HttpServletResponse out = new CspResponse(response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/api") || path.startsWith("/api/")) {
      if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
        ApiAnswers.problem(request, response, 403, "api.forbidden", null);
        return;
      }
      long max = HttpSettings.maxBodyBytes();
      if (request.getContentLengthLong() > max) {
        ApiAnswers.problem(request, response, 413, "api.tooLarge", null, max);
        return;
      }
      chain.doFilter(new LimitedRequest(request, max), out);
      return;
    }
    if (request.getContentLengthLong() > HttpSettings.maxBodyBytes()) {
      // a page upload over the limit (the multipart parser would read it all first)
      response.sendError(413);
      return;
    }
    chain.doFilter(request, out);
  }

  static boolean crossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && site.toLowerCase(Locale.ROOT).equals("cross-site")) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank() || "null".equals(origin)) {
      return "null".equals(origin);
    }
    try {
      URI o = URI.create(origin);
      String host = request.getHeader("Host");
      return host == null || o.getAuthority() == null || !o.getAuthority().equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** PrimeFaces adds its CSP (with the nonce) to the page: it replaces the default, never doubles it. */
  static final class CspResponse extends HttpServletResponseWrapper {
    CspResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Content-Security-Policy".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }

  /** A body read beyond the limit (a chunked upload with no length) fails with {@link BodyTooLargeException}. */
  static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream in;

    LimitedRequest(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (in == null) {
        ServletInputStream raw = super.getInputStream();
        in = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = raw.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buf, int off, int len) throws IOException {
            int n = raw.read(buf, off, len);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(long n) throws IOException {
            read += n;
            if (read > max) {
              throw new BodyTooLargeException(max);
            }
          }

          @Override
          public boolean isFinished() {
            return raw.isFinished();
          }

          @Override
          public boolean isReady() {
            return raw.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            raw.setReadListener(listener);
          }
        };
      }
      return in;
    }
  }
}
