package th.obec.esa.ict.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.util.Collections;
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
 *
 * <p>Who is signed in is read from the servlet request, not from Soteria's {@code SecurityContext}:
 * on Payara each {@code getCallerPrincipal()} and {@code isCallerInRole()} there looks up an EJB
 * context in JNDI and probes for classes that are not there, about ten exceptions thrown and caught
 * per call, and a page render asked some forty times (JFR, bench/pages). The roles are worked out
 * once per request and kept in the request (and the acting choice by {@link ActingBacking#current()}).
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String ROLES = CurrentUser.class.getName() + ".roles";

  @Inject
  private HttpServletRequest request;

  @Inject
  private DirectoryService directory;

  @Inject
  private ActingBacking acting;

  @Inject
  private th.obec.esa.ict.organization.api.StandIns staffList;

  private String loadedFor;
  private DirectoryPerson person;
  private String staffLoadedFor;
  private Long staffId;

  public boolean isSignedIn() {
    return request.getUserPrincipal() != null;
  }

  public String getUid() {
    Principal p = request.getUserPrincipal();
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

  /**
   * The signed-in person's line on the staff list (their page, /organization/person.xhtml), or
   * null for an account nobody on the staff list is matched with; read once per session, and again
   * when the account changes.
   */
  public Long getStaffId() {
    String uid = getUid();
    if (uid == null) {
      return null;
    }
    if (!uid.equals(staffLoadedFor)) {
      staffId = staffList.staffByUid(uid).map(th.obec.esa.ict.organization.api.StaffRef::id).orElse(null);
      staffLoadedFor = uid;
    }
    return staffId;
  }

  public String getDisplayName() {
    boolean english = LocaleBacking.isEnglish();
    return person().map(p -> p.displayName(english)).orElse(getUid());
  }

  public String getTitle() {
    return person().map(DirectoryPerson::title).orElse("");
  }

  /** The signed-in person's roles, in the order of {@link Roles#ALL}; worked out once per request. */
  public Set<String> getRoles() {
    String uid = getUid();
    if (uid == null) {
      return Set.of();
    }
    if (request.getAttribute(ROLES) instanceof ForCaller<?> kept && kept.uid().equals(uid)) {
      @SuppressWarnings("unchecked")
      Set<String> roles = (Set<String>) kept.value();
      return roles;
    }
    Set<String> roles = new LinkedHashSet<>();
    for (String r : Roles.ALL) {
      if (request.isUserInRole(r)) {
        roles.add(r);
      }
    }
    roles = Collections.unmodifiableSet(roles);
    request.setAttribute(ROLES, new ForCaller<>(uid, roles));
    return roles;
  }

  public boolean isInRole(String role) {
    return getRoles().contains(role);
  }

  /** For pages, {@code #{currentUser.ictOfficer}}: role names are written only in {@link Roles}. */
  public boolean isIctOfficer() {
    return isInRole(Roles.ICT_OFFICER);
  }

  /** For pages, {@code #{currentUser.orgAdmin}}. */
  public boolean isOrgAdmin() {
    return isInRole(Roles.ORG_ADMIN);
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

  /** A value worked out for one caller in this request (a sign-in or out in it changes the caller). */
  private record ForCaller<T>(String uid, T value) {}
}
