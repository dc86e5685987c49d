package th.obec.esa.ict.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import th.obec.esa.ict.core.directory.DirectoryPerson;
import th.obec.esa.ict.core.directory.DirectoryService;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.web.delegation.ActingBacking;

/**
 * The signed-in person, as pages show them and as services receive them ({@link #actor()}).
 * Session scoped because it is the user's own state (name, roles), not a page's.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private transient SecurityContext security;

  @EJB
  private transient DirectoryService directory;

  @Inject
  private ActingBacking acting;

  private String loadedFor;
  private DirectoryPerson person;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getUid() {
    Principal p = security.getCallerPrincipal();
    return p == null ? null : p.getName();
  }

  /** The directory entry of the signed-in person, read once per session. */
  public Optional<DirectoryPerson> person() {
    String uid = getUid();
    if (uid == null) {
      return Optional.empty();
    }
    if (!uid.equals(loadedFor)) {
      person = directory.find(uid).orElse(null);
      loadedFor = uid;
    }
    return Optional.ofNullable(person);
  }

  public String getDisplayName() {
    boolean english = LocaleBacking.isEnglish();
    return person().map(p -> p.displayName(english)).orElse(getUid());
  }

  public String getTitle() {
    return person().map(DirectoryPerson::title).orElse("");
  }

  public Set<String> getRoles() {
    Set<String> roles = new LinkedHashSet<>();
    for (String r : Roles.ALL) {
      if (security.isCallerInRole(r)) {
        roles.add(r);
      }
    }
    return roles;
  }

  public boolean isInRole(String role) {
    return security.isCallerInRole(role);
  }

  /**
   * The actor that services receive: the signed-in person with their roles, acting for the person
   * they have explicitly switched to act for, while that still holds (checked again now).
   */
  public Actor actor() {
    String uid = getUid();
    if (uid == null) {
      throw new IllegalStateException("no one is signed in");
    }
    Actor self = new Actor(uid, null, null, getRoles());
    return acting.current().map(c -> self.actingFor(c.principalUid(), c.basisText())).orElse(self);
  }
}
