package th.obec.esa.ict.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;
import th.obec.esa.ict.core.directory.DirectoryPerson;
import th.obec.esa.ict.core.directory.DirectoryService;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * The caller of an API request, as services receive them. Request scoped, unlike the pages'
 * session-scoped {@code CurrentUser}: an API call signs in with HTTP Basic each time and must not
 * create an HTTP session (a session-scoped bean would make one on every call). Acting for
 * someone is chosen on the pages only, so an API caller always acts as themselves.
 */
@RequestScoped
public class ApiCaller {

  @Inject
  private SecurityContext security;

  @EJB
  private DirectoryService directory;

  public String getUid() {
    Principal p = security.getCallerPrincipal();
    return p == null ? null : p.getName();
  }

  public Actor actor() {
    String uid = getUid();
    if (uid == null) {
      throw new IllegalStateException("no one is signed in");
    }
    Set<String> roles = new LinkedHashSet<>();
    for (String r : Roles.ALL) {
      if (security.isCallerInRole(r)) {
        roles.add(r);
      }
    }
    return new Actor(uid, null, null, roles);
  }

  /** The caller's directory entry (read each request: there is no session to keep it in). */
  public java.util.Optional<DirectoryPerson> person() {
    String uid = getUid();
    return uid == null ? java.util.Optional.empty() : directory.find(uid);
  }

  public String getDisplayName() {
    String uid = getUid();
    return uid == null ? null : directory.find(uid).map(p -> p.displayName(false)).orElse(uid);
  }
}
