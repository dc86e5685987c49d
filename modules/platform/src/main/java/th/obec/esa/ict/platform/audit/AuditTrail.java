package th.obec.esa.ict.platform.audit;

import th.obec.esa.ict.platform.security.Actor;

/**
 * Records a state-changing action in the same transaction as the change itself, so that an
 * action without its record (or the reverse) cannot exist. Implemented by the core module.
 */
public interface AuditTrail {

  /**
   * @param actor who acted, and for whom
   * @param action a stable key such as {@code "organization.staff.updated"}
   * @param subjectType what kind of thing changed, such as {@code "staff"}
   * @param subjectId the id of the thing that changed
   * @param detail a short human-readable note (what changed); may be null
   */
  void record(Actor actor, String action, String subjectType, String subjectId, String detail);
}
