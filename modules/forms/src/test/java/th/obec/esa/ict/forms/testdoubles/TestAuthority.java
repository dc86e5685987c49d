package th.obec.esa.ict.forms.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import th.obec.esa.ict.forms.port.ApprovalAuthority;
import th.obec.esa.ict.forms.port.Authorization;
import th.obec.esa.ict.forms.port.AuthorityOption;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * The authority of the tests: anyone with the director role holds every power; nanphat (the ICT
 * group's director) holds them all too; khwansiri stands in for nanphat (order 275/2561, duty
 * 2.11); silpachai holds a delegation from nanphat for repairs up to 10,000 baht.
 */
@ApplicationScoped
public class TestAuthority implements ApprovalAuthority {

  public static final String STAND_IN_BASIS = "คำสั่ง สพป.ชุมพร เขต 1 ที่ 275/2561 ข้อ 2.11";
  public static final String DELEGATION_BASIS = "คำสั่งมอบอำนาจ ที่ 12/2568";

  @Override
  public Authorization require(Actor actor, String power, String unitCode, BigDecimal amount, Set<String> participants) {
    for (AuthorityOption o : options(actor.uid(), actor.roles(), power, unitCode, amount)) {
      if (o.actingForUid() != null && participants.contains(o.actingForUid())) {
        continue;
      }
      if (actor.actingFor() == null || actor.actingFor().equals(o.actingForUid())) {
        Actor acted = o.actingForUid() == null ? Actor.self(actor.uid(), actor.roles().toArray(String[]::new))
            : new Actor(actor.uid(), o.actingForUid(), o.basis(), actor.roles());
        return new Authorization(acted, o.kind());
      }
    }
    throw new BusinessException("forms.approval.noAuthority", power);
  }

  @Override
  public List<AuthorityOption> options(String uid, Set<String> roles, String power, String unitCode, BigDecimal amount) {
    List<AuthorityOption> out = new ArrayList<>();
    if ("nanphat".equals(uid) || roles.contains(Roles.DIRECTOR)) {
      out.add(AuthorityOption.own());
    }
    if ("khwansiri".equals(uid)) {
      out.add(new AuthorityOption("nanphat", STAND_IN_BASIS, BasisKind.STAND_IN));
    }
    if ("silpachai".equals(uid) && "APPROVE_REPAIR".equals(power)
        && (amount == null || amount.compareTo(new BigDecimal("10000")) <= 0)) {
      out.add(new AuthorityOption("nanphat", DELEGATION_BASIS, BasisKind.DELEGATION));
    }
    return out;
  }
}
