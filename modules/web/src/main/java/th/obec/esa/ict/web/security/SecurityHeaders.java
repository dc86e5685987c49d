package th.obec.esa.ict.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries. The Content-Security-Policy is the one PrimeFaces sends in
 * its CSP mode ({@code primefaces.CSP} in web.xml), which appends {@code 'nonce-…'} to the last
 * directive, {@code script-src 'self'}: scripts only from this server or with the page's nonce,
 * no inline event handlers, no {@code eval}; styles from this server and inline {@code style}
 * attributes (PrimeFaces positions its overlays with them); images also as {@code data:} URIs
 * (QR codes); nothing framed by another site.
 */
public final class SecurityHeaders {

  /** The policy without the nonce; web.xml's {@code primefaces.CSP_POLICY} holds the same text. */
  public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
      + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'self'; script-src 'self'";

  private SecurityHeaders() {}

  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    if (response.getHeader("Content-Security-Policy") == null) {
      response.setHeader("Content-Security-Policy", CSP);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    if (HttpSettings.overHttps(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
