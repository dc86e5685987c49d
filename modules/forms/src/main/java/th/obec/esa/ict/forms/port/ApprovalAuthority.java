package th.obec.esa.ict.forms.port;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.platform.security.Actor;

/**
 * Who may approve (the delegation module's authority check). A power is named per form, for
 * example {@code "APPROVE_REPAIR"}; the unit and the amount let a delegation be limited to one
 * unit or to a sum. The forms module enforces the no-self-approval rule itself as well.
 */
public interface ApprovalAuthority {

  /**
   * Checks that the actor may exercise the power now, in their own right or for someone.
   * When the actor already names whom they act for, only that way is accepted; otherwise the
   * implementation picks their own right first, then the first valid stand-in or delegation.
   *
   * @param participantUids the people the request is by or about: none of them may approve it,
   *     nor may anyone acting for one of them
   * @return the actor with {@code actingFor} and {@code basis} set when acting for another
   * @throws th.obec.esa.ict.platform.BusinessException (key and arguments) when refused
   */
  Authorization require(Actor actor, String power, String unitCode, BigDecimal amount, Set<String> participantUids);

  /**
   * Every way the user may exercise the power now (own right and each person they may act for),
   * for the approver's inbox; empty when they may not.
   */
  List<AuthorityOption> options(String uid, Set<String> roles, String power, String unitCode, BigDecimal amount);

  /**
   * Every way the user may take this very decision now, the people it names ({@code participantUids},
   * the requester first) left out as the authority check leaves them out: so a decision whose holder
   * is away and whose stand-in is the requester goes up to the superior (kind ESCALATION). A holder
   * who is away is not offered her own right: the decision is with whoever acts for her.
   */
  default List<AuthorityOption> options(String uid, Set<String> roles, String power, String unitCode, BigDecimal amount,
      Set<String> participantUids) {
    return options(uid, roles, power, unitCode, amount).stream()
        .filter(o -> o.actingForUid() == null || !participantUids.contains(o.actingForUid())).toList();
  }

  /**
   * Whether a ceiling may apply to the power in the unit now (the holder's own, or a delegation's in
   * force): the request must then carry its amount, or no delegate with a ceiling could decide it.
   */
  default boolean ceilingApplies(String power, String unitCode) {
    return false;
  }

  /** The kind of absence ("LEAVE", "OFFICIAL_TRAVEL", …) the person is recorded in now; empty when present. */
  default java.util.Optional<String> absenceNow(String uid) {
    return java.util.Optional.empty();
  }
}
