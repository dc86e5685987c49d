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
import java.util.HashSet;
import th.obec.esa.ict.traffic.api.SessionHash;
import th.obec.esa.ict.traffic.api.TrafficLog;

/**
 * Two ways in, one directory behind both:
 * <ul>
 *   <li>pages: the login form ({@code /login.xhtml}) signs in through
 *       {@code SecurityContext.authenticate}; the identity is then kept in the HTTP session, whose
 *       id is renewed at sign-in. A page asked for without a session redirects to the form (an
 *       ajax request gets a partial-response redirect).</li>
 *   <li>{@code /api/*}: HTTP Basic on every request, no session; a missing or wrong password is
 *       answered 401 with a {@code WWW-Authenticate} challenge.</li>
 * </ul>
 */
@ApplicationScoped
public class IctAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_KEY = "ict.identity";
  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject
  private IdentityStoreHandler identityStores;

  @EJB
  private TrafficLog traffic;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return formSignIn(request, context, credential);
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(header.substring(6).trim(), request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_KEY) instanceof SessionIdentity id) {
      return context.notifyContainerAboutLogin(id.uid(), id.roles());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return challenge(response, context);
    }
    return toLoginPage(request, response, context);
  }

  private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      String attempted = credential instanceof UsernamePasswordCredential c ? c.getCaller() : null;
      traffic.signInFailed(attempted, request.getRemoteAddr(), request.getRemotePort(), "web");
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.getSession(true);
    request.changeSessionId();
    HttpSession session = request.getSession();
    session.setAttribute(SESSION_KEY,
        new SessionIdentity(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
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
      return challenge(response, context);
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return challenge(response, context);
    }
    String uid = decoded.substring(0, colon);
    CredentialValidationResult result = identityStores.validate(
        new UsernamePasswordCredential(uid, decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      traffic.signInFailed(uid, request.getRemoteAddr(), request.getRemotePort(), "api");
      return challenge(response, context);
    }
    return context.notifyContainerAboutLogin(result);
  }

  private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"ict-intranet\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
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
