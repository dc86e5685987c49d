package th.obec.esa.ict.notifications.api;

import th.obec.esa.ict.platform.security.Actor;

/** Each person's own choice of how they hear of things by mail; only for themselves. */
public interface MailPreferences {

  /** The caller's choice (the default, digest only, when never chosen). */
  MailChoice of(Actor actor);

  /** Sets the caller's choice, audited. */
  MailChoice choose(Actor actor, boolean immediateDecisions);
}
