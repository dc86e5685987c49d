package th.obec.esa.ict.platform.security;

import java.util.Objects;

/**
 * Who performs an action. {@code uid} is the person who really acted (the signed-in user);
 * {@code actingFor} is the person on whose behalf they acted, or null when they acted for
 * themselves; {@code basis} says why they may (an order and duty number, or a delegation).
 */
public record Actor(String uid, String actingFor, String basis) {

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
  }

  public static Actor self(String uid) {
    return new Actor(uid, null, null);
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
}
