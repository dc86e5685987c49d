package th.obec.esa.ict.delegation.authority;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import th.obec.esa.ict.delegation.api.ActingOption;
import th.obec.esa.ict.delegation.api.ActingOverviewRow;
import th.obec.esa.ict.delegation.api.ActingResolution;
import th.obec.esa.ict.delegation.rules.ActingResolver;
import th.obec.esa.ict.delegation.rules.Facts;
import th.obec.esa.ict.delegation.rules.Grant;

/** "Who acts", "whom may I act for now" and "who acts for whom on a date", read-only. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ActingService {

  @EJB
  private FactsLoader facts;

  /** Who acts for the power in the unit at {@code at} (now when null), the requester(s) {@code excluded}. */
  public ActingResolution resolve(String power, String unitCode, OffsetDateTime at, Set<String> excluded) {
    return ActingResolver.resolve(facts.at(at == null ? facts.now() : at), power, unitCode,
        excluded == null ? Set.of() : excluded);
  }

  /** The kind of absence the person is in now ("LEAVE", …); empty when present. */
  public Optional<String> absenceNow(String uid) {
    return facts.at(facts.now()).absence(uid);
  }

  /**
   * Whether a ceiling may apply to the power in the unit now: the holder's own, or one of a
   * delegation in force for it. A request deciding such a power needs its amount.
   */
  public boolean ceilingApplies(String power, String unitCode) {
    Facts f = facts.at(facts.now());
    if (f.power(power).map(p -> p.holderCeiling() != null).orElse(false)) {
      return true;
    }
    return ActingResolver.usableGrants(f).stream()
        .anyMatch(g -> g.ceiling() != null && g.powers().contains(power) && f.covers(g.unitCode(), unitCode));
  }

  /** Everyone the person may act for now. */
  public List<ActingOption> optionsFor(String uid) {
    return ActingResolver.optionsFor(facts.at(facts.now()), uid);
  }

  /**
   * Checks again, now, that the person may act for {@code principalUid} (on the delegation given,
   * or by the order when {@code delegationId} is null): the acting switch calls it on every use.
   */
  public Optional<ActingOption> option(String uid, String principalUid, Long delegationId) {
    return optionsFor(uid).stream()
        .filter(o -> o.principalUid().equals(principalUid) && Objects.equals(o.basis().delegationId(), delegationId))
        .findFirst();
  }

  /** Everyone away at {@code at} and who acts for them, then every delegation in force. */
  public List<ActingOverviewRow> overview(OffsetDateTime at) {
    Facts f = facts.at(at == null ? facts.now() : at);
    List<ActingOverviewRow> rows = new ArrayList<>();
    f.absences().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      String holder = e.getKey();
      Optional<ActingResolver.Found> standIn = ActingResolver.standInFor(f, holder);
      rows.add(new ActingOverviewRow(holder, f.name(holder), e.getValue(), standIn.map(ActingResolver.Found::uid).orElse(null),
          standIn.map(s -> f.name(s.uid())).orElse(null), standIn.map(ActingResolver.Found::basis).orElse(null),
          f.powers().keySet(), null));
    });
    for (Grant g : ActingResolver.usableGrants(f)) {
      String root = f.rootDelegatorOf(g).orElseThrow();
      String delegate = f.delegateOf(g).orElse(null);
      rows.add(new ActingOverviewRow(root, f.name(root), f.absence(root).orElse(null), delegate, f.name(delegate),
          ActingResolver.delegationBasis(f, root, g), g.powers(), g.until()));
    }
    return rows;
  }
}
