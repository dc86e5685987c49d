package th.obec.esa.ict.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Duration;
import java.util.HashSet;
import th.obec.esa.ict.core.signin.SignInThrottle;
import th.obec.esa.ict.traffic.api.SessionHash;
import th.obec.esa.ict.traffic.api.TrafficLog;

/**
 * Two ways in, one directory behind both:
 * <ul>
 *   <li>pages: the login form ({@code /login.xhtml}) signs in through
 *       {@code SecurityContext.authenticate}; the identity is then kept in the HTTP session, whose
 *       id is renewed at sign-in. A page asked for without a session redirects to the form (an
 *       ajax request gets a partial-response redirect).</li>
 *   <li>{@code /api/*}: HTTP Basic on every request, no session, and never the page session's
 *       cookie (a page elsewhere cannot make a signed-in browser change data); a missing or wrong
 *       password is answered 401 problem+json with a {@code WWW-Authenticate} challenge.</li>
 * </ul>
 * Both ask {@link SignInThrottle} first: a user id or address with too many recent failures is
 * refused (429 with {@code Retry-After} on the API, a message on the login page) without asking
 * the directory; each refusal is a failed sign-in in the traffic record (service
 * {@code api-throttled} / {@code web-throttled}). A page session ends at its absolute lifetime
 * ({@code ict.session.max-hours}) as well as after 30 idle minutes.
 */
@ApplicationScoped
public class IctAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_KEY = "ict.identity";
  static final String SIGNED_IN_AT = "ict.signedInAt";
  /** Request attribute: how long a throttled sign-in must wait (a {@link Duration}). */
  public static final String THROTTLED_FOR = "ict.throttledFor";
  /** The least time a refused password takes (see {@link #evenOut}). */
  static final long FAILURE_FLOOR_MS = 400;
  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject
  private IdentityStoreHandler identityStores;

  @EJB
  private TrafficLog traffic;

  @EJB
  private SignInThrottle throttle;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    // the answers made here (401, 429, the redirect to the login page) carry the headers too
    SecurityHeaders.apply(request, response);
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return formSignIn(request, response, context, credential);
    }
    boolean api = isApi(request);
    String header = request.getHeader("Authorization");
    if (api && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(header.substring(6).trim(), request, response, context);
    }
    // the page session is for pages only: /api never signs anyone in from a cookie (CSRF)
    HttpSession session = api ? null : request.getSession(false);
    if (session != null && session.getAttribute(SESSION_KEY) instanceof SessionIdentity id) {
      if (expired(session)) {
        session.invalidate();
      } else {
        return context.notifyContainerAboutLogin(id.uid(), id.roles());
      }
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (api) {
      return challenge(request, response, context);
    }
    return toLoginPage(request, response, context);
  }

  /** Past the absolute lifetime ({@code ict.session.max-hours}) since sign-in, however busy it was. */
  private static boolean expired(HttpSession session) {
    Object at = session.getAttribute(SIGNED_IN_AT);
    long since = at instanceof Long l ? l : session.getCreationTime();
    return System.currentTimeMillis() - since > HttpSettings.sessionLifetime().toMillis();
  }

  private AuthenticationStatus formSignIn(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context, Credential credential) {
    String attempted = credential instanceof UsernamePasswordCredential c ? c.getCaller() : null;
    String address = HttpSettings.clientAddress(request);
    Duration wait = throttle.retryAfter(attempted, address);
    if (!wait.isZero()) {
      traffic.signInFailed(attempted, address, request.getRemotePort(), "web-throttled");
      request.setAttribute(THROTTLED_FOR, wait);
      return AuthenticationStatus.SEND_FAILURE;
    }
    long started = System.nanoTime();
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      if (result.getStatus() == CredentialValidationResult.Status.INVALID) {
        throttle.failed(attempted, address);
      }
      traffic.signInFailed(attempted, address, request.getRemotePort(), "web");
      evenOut(started);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(result.getCallerPrincipal().getName());
    request.getSession(true);
    request.changeSessionId();
    HttpSession session = request.getSession();
    session.setAttribute(SESSION_KEY,
        new SessionIdentity(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
    session.setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
    traffic.signIn(result.getCallerPrincipal().getName(), request.getRemoteAddr(), request.getRemotePort(),
        SessionHash.of(session.getId()));
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(String token, HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return challenge(request, response, context);
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return challenge(request, response, context);
    }
    String uid = decoded.substring(0, colon);
    String address = HttpSettings.clientAddress(request);
    Duration wait = throttle.retryAfter(uid, address);
    if (!wait.isZero()) {
      // refused without asking the directory, so its own lockout is never reached by a guesser
      traffic.signInFailed(uid, address, request.getRemotePort(), "api-throttled");
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      response.setHeader("Retry-After", Long.toString(seconds));
      return answered(request, response, 429, "api.throttled", seconds);
    }
    long started = System.nanoTime();
    CredentialValidationResult result = identityStores.validate(
        new UsernamePasswordCredential(uid, decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      if (result.getStatus() == CredentialValidationResult.Status.INVALID) {
        throttle.failed(uid, address);
      }
      traffic.signInFailed(uid, address, request.getRemotePort(), "api");
      evenOut(started);
      return challenge(request, response, context);
    }
    throttle.succeeded(result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * A refused password takes at least {@link #FAILURE_FLOOR_MS}, whether the user id exists or
   * not (the directory also binds for an unknown one): the time tells a guesser nothing.
   */
  private static void evenOut(long startedNanos) {
    long left = FAILURE_FLOOR_MS - (System.nanoTime() - startedNanos) / 1_000_000;
    if (left > 0) {
      try {
        Thread.sleep(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"ict-intranet\", charset=\"UTF-8\"");
    return answered(request, response, 401, "api.unauthorized");
  }

  /** The API's refusals here are problem+json too, written and committed before anything else runs. */
  private static AuthenticationStatus answered(HttpServletRequest request, HttpServletResponse response, int status,
      String key, Object... args) {
    try {
      ApiAnswers.problem(request, response, status, key, null, args);
      return AuthenticationStatus.SEND_CONTINUE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    String login = request.getContextPath() + LOGIN_PAGE
        + ("/".equals(target) ? "" : "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      try {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
            + login.replace("&", "&amp;") + "\"/></partial-response>");
        return AuthenticationStatus.SEND_CONTINUE;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return context.redirect(login);
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.equals("/api");
  }

  @Override
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_KEY);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
