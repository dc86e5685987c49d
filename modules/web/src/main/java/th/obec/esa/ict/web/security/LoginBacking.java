package th.obec.esa.ict.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import th.obec.esa.ict.traffic.api.SessionHash;
import th.obec.esa.ict.traffic.api.TrafficLog;
import th.obec.esa.ict.web.shell.Messages;

/** The login form: signs in against the directory, then goes back where the user was heading. */
@Named
@RequestScoped
public class LoginBacking {

  @NotBlank
  @Size(max = 64)
  private String uid;

  @NotBlank
  @Size(max = 256)
  private String password;

  private String next;

  @Inject
  private SecurityContext security;

  @EJB
  private TrafficLog traffic;

  public void login() throws IOException {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    AuthenticationStatus status = security.authenticate((HttpServletRequest) ec.getRequest(),
        (HttpServletResponse) ec.getResponse(),
        withParams().credential(new UsernamePasswordCredential(uid.trim(), password)));
    switch (status) {
      case SUCCESS -> ec.redirect(ec.getRequestContextPath() + safeNext());
      case SEND_CONTINUE -> fc.responseComplete();
      default -> refused(ec);
    }
  }

  /** A wrong password; or too many of them lately: 429 with Retry-After, and when to try again. */
  private static void refused(ExternalContext ec) {
    Object wait = ((HttpServletRequest) ec.getRequest()).getAttribute(IctAuthenticationMechanism.THROTTLED_FOR);
    if (wait instanceof java.time.Duration d) {
      long seconds = Math.max(1, (d.toMillis() + 999) / 1000);
      HttpServletResponse response = (HttpServletResponse) ec.getResponse();
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      Messages.error("login.error.throttled", (seconds + 59) / 60);
    } else {
      Messages.error("login.error.invalid");
    }
  }

  public void logout() throws IOException, ServletException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    HttpSession session = request.getSession(false);
    traffic.signOut(request.getRemoteUser(), request.getRemoteAddr(), request.getRemotePort(),
        session == null ? null : SessionHash.of(session.getId()));
    request.logout();
    if (session != null) {
      session.invalidate();
    }
    ec.redirect(ec.getRequestContextPath() + IctAuthenticationMechanism.LOGIN_PAGE);
  }

  /** Only a path inside this application: never an address elsewhere (open redirect). */
  String safeNext() {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
        || next.startsWith(IctAuthenticationMechanism.LOGIN_PAGE)) {
      return "/";
    }
    return next;
  }

  public String getUid() { return uid; }
  public void setUid(String uid) { this.uid = uid; }
  public String getPassword() { return password; }
  public void setPassword(String password) { this.password = password; }
  public String getNext() { return next; }
  public void setNext(String next) { this.next = next; }
}
