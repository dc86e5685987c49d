package th.obec.esa.ict.platform.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * Who performs an action. {@code uid} is the person who really acted (the signed-in user);
 * {@code actingFor} is the person on whose behalf they acted, or null when they acted for
 * themselves; {@code basis} says why they may (an order and duty number, or a delegation);
 * {@code roles} are the application roles of the real actor, as the directory granted them at
 * sign-in. The web layer builds it from the authenticated caller; EJB services check it.
 */
public record Actor(String uid, String actingFor, String basis, Set<String> roles) implements Serializable {

  public Actor {
    if (uid == null || uid.isBlank()) {
      throw new IllegalArgumentException("an actor needs a user id");
    }
    if (actingFor != null && actingFor.equals(uid)) {
      actingFor = null;
    }
    if (actingFor != null && (basis == null || basis.isBlank())) {
      throw new IllegalArgumentException("acting for another person needs a basis");
    }
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }

  public Actor(String uid, String actingFor, String basis) {
    this(uid, actingFor, basis, Set.of());
  }

  public static Actor self(String uid, String... roles) {
    return new Actor(uid, null, null, Set.of(roles));
  }

  /** The same person acting for another, on the given basis. */
  public Actor actingFor(String principalUid, String onBasis) {
    return new Actor(uid, principalUid, onBasis, roles);
  }

  public boolean isActingForAnother() {
    return actingFor != null;
  }

  /** The person whose authority is used: the one acted for, or the actor. */
  public String principalUid() {
    return actingFor != null ? actingFor : uid;
  }

  public boolean involves(String someUid) {
    return Objects.equals(uid, someUid) || Objects.equals(actingFor, someUid);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /**
   * @throws AccessDeniedException unless the actor holds at least one of the roles
   */
  public void requireAnyRole(String... anyOf) {
    for (String r : anyOf) {
      if (roles.contains(r)) {
        return;
      }
    }
    throw new AccessDeniedException(uid, String.join(", ", anyOf));
  }
}
