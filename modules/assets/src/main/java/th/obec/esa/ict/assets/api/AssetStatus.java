package th.obec.esa.ict.assets.api;

/**
 * Where an asset stands in its life. Which change is allowed is decided by
 * {@code th.obec.esa.ict.assets.register.StatusTransitions}; {@link #DISPOSED} is final. The order
 * is part of the messages (their choice formats name a status by its ordinal): add at the end only.
 */
public enum AssetStatus {
  IN_USE,
  ON_LOAN,
  UNDER_REPAIR,
  BROKEN,
  AWAITING_DISPOSAL,
  DISPOSED
}
