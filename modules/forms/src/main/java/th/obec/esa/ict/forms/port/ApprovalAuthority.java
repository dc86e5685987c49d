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
}
