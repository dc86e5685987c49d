package th.obec.esa.ict.forms.port;

import th.obec.esa.ict.platform.security.Actor;

/**
 * The outcome of an authority check: the actor with the person acted for and the basis filled
 * in, and the kind of basis, which decides the memo's acting wording.
 */
public record Authorization(Actor actor, BasisKind kind) {

  public static Authorization own(Actor actor) {
    return new Authorization(actor, BasisKind.OWN);
  }
}
