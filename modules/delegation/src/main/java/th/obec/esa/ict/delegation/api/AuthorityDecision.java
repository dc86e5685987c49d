package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import th.obec.esa.ict.platform.security.Actor;

/**
 * The answer of the authority check: allowed with the actor to record (acting for whom, on what
 * basis), or refused with a message key and its arguments for the bundles.
 */
public record AuthorityDecision(boolean allowed, Actor actor, Basis basis, String reasonKey, Object[] reasonArgs)
    implements Serializable {

  public static AuthorityDecision allow(Actor actor, Basis basis) {
    return new AuthorityDecision(true, actor, basis, null, new Object[0]);
  }

  public static AuthorityDecision refuse(String key, Object... args) {
    return new AuthorityDecision(false, null, null, key, args);
  }

  public AuthorityRefusedException toException() {
    return new AuthorityRefusedException(reasonKey, reasonArgs);
  }
}
