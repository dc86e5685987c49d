package th.obec.esa.ict.organization.api;

import java.util.List;
import th.obec.esa.ict.platform.security.Actor;

/**
 * Directory matching (issue 18): the staff of the orders in force compared with the office's
 * directory, and the organisation administrator's acceptance of matches. Every method needs the
 * role {@code org-admin}; every change is in the audit trail. Implemented by the organisation
 * module as a local EJB: inject with {@code @EJB DirectoryMatching matching;}.
 */
public interface DirectoryMatching {

  /** The comparison now: matched by uid, proposed by name, ambiguous, unmatched either side, marked, the last syncs. */
  DirectoryMatches matches(Actor actor);

  /**
   * Links the person to the directory account {@code uid} (which must exist now and belong to no
   * other person). Accepting the link the person already has changes nothing.
   */
  MatchAccepted accept(Actor actor, long staffId, String uid);

  /** Accepts every exact match by name (one account for one person, and the other way round) at once. */
  List<MatchAccepted> acceptAllExact(Actor actor);

  /** Runs the directory sync now (the same as the nightly run) and says what it changed. */
  SyncReport sync(Actor actor);
}
