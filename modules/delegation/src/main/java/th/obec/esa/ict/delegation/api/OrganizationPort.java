package th.obec.esa.ict.delegation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What resolving "who acts" needs from the organisation (units, heads, order 275/2561 and its
 * successors), without this module depending on the organisation module's classes or tables.
 * The application provides one CDI implementation (an adapter over the organisation module);
 * tests provide their own. Every answer is "as in force on that date".
 *
 * <p>Units are named by their code; the office itself is the root unit (for example
 * {@code CHUMPHON-1}, whose head is the area director), so {@link #parentOf} of a group such as
 * {@code ICT} is the office's code and {@link #parentOf} of the office is empty.
 */
public interface OrganizationPort {

  /** The person holding the unit's director role (or acting director role by order) on the date; empty when vacant. */
  Optional<String> headOf(String unitCode, LocalDate on);

  /** The unit directly above; empty for the office (the root). */
  Optional<String> parentOf(String unitCode, LocalDate on);

  /**
   * The stand-ins named for a person by the order in force on the date, in the order's rank
   * order, one entry per stand-in; when the order prints the relation twice (in the holder's duties
   * and in the stand-in's), the clause in the holder's duties comes first.
   */
  List<StandIn> standInsOf(String holderUid, LocalDate on);

  /** The clauses of the order in force that name this person as a stand-in for someone. */
  List<StandIn> standInClausesNaming(String standInUid, LocalDate on);

  /** The person's superior on the date (the head of their unit, or of the unit above when they head it); empty for the office's head. */
  Optional<String> superiorOf(String uid, LocalDate on);

  /** The person's name as printed (Thai), or empty when unknown. */
  Optional<String> displayName(String uid);

  /**
   * Whether the person's directory account is disabled or removed (the organisation's directory sync
   * marks them): such a person cannot sign in, so they do not act, as holder, stand-in or delegate.
   */
  default boolean accountDisabled(String uid) {
    return false;
  }
}
