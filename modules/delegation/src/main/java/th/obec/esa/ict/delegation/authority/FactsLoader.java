package th.obec.esa.ict.delegation.authority;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import th.obec.esa.ict.delegation.absence.Absence;
import th.obec.esa.ict.delegation.api.OrganizationPort;
import th.obec.esa.ict.delegation.grant.Delegation;
import th.obec.esa.ict.delegation.power.Power;
import th.obec.esa.ict.delegation.rules.Facts;
import th.obec.esa.ict.delegation.rules.Grant;
import th.obec.esa.ict.delegation.rules.PowerDef;

/**
 * Reads the facts of one moment for the rules: absences covering it, the powers, and the
 * delegations not ended more than a year before it (recent ends explain refusals; a
 * re-delegation's parents always reach at least as far as it does).
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FactsLoader {

  @PersistenceContext(unitName = "delegation")
  private EntityManager em;

  @Inject
  private OrganizationPort org;

  @Inject
  @DelegationTime
  private Clock clock;

  public OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  public Facts at(OffsetDateTime t) {
    Map<String, String> absences = new HashMap<>();
    java.util.Set<String> byOthers = new java.util.HashSet<>();
    for (Absence a : em.createNamedQuery("Absence.findAt", Absence.class).setParameter("t", t).getResultList()) {
      absences.putIfAbsent(a.getPersonUid(), a.getKind().name());
      if (!a.getPersonUid().equals(a.getRecordedBy())) {
        byOthers.add(a.getPersonUid());
      }
    }
    Map<String, PowerDef> powers = em.createNamedQuery("Power.findAll", Power.class).getResultList().stream()
        .map(Power::toDef).collect(Collectors.toMap(PowerDef::code, p -> p, (a, b) -> a, LinkedHashMap::new));
    Map<Long, Grant> grants = new LinkedHashMap<>();
    for (Delegation d : em.createNamedQuery("Delegation.findRelevant", Delegation.class)
        .setParameter("since", t.minusYears(1)).getResultList()) {
      grants.put(d.getId(), d.toGrant());
    }
    return new Facts(t, SystemClock.OFFICE_ZONE, new RememberingOrganization(org), absences, powers, grants, byOthers);
  }

  public OrganizationPort org() {
    return org;
  }
}
