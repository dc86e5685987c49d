package th.obec.esa.ict.delegation.authority;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import th.obec.esa.ict.delegation.absence.Absence;
import th.obec.esa.ict.delegation.api.OrganizationPort;
import th.obec.esa.ict.delegation.grant.Delegation;
import th.obec.esa.ict.delegation.power.Power;
import th.obec.esa.ict.delegation.rules.Facts;
import th.obec.esa.ict.delegation.rules.Grant;
import th.obec.esa.ict.delegation.rules.PowerDef;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Reads the facts of one moment for the rules: absences covering it, the powers, and the
 * delegations not ended more than a year before it (recent ends explain refusals; a
 * re-delegation's parents always reach at least as far as it does).
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FactsLoader {

  /** Facts loaded for a moment are used again for another this close to it, in the same request. */
  static final Duration REUSE_WITHIN = Duration.ofSeconds(1);

  /** Counts the writes of absences and delegations, so that no request uses facts older than one. */
  private static final AtomicLong CHANGES = new AtomicLong();

  @Inject
  private RequestFacts requestFacts;

  @Inject
  private BeanManager beans;

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

  /**
   * The facts of moment {@code t}. Within one request, the facts already loaded for a moment less
   * than a second away are used again (with the organisation's answers they remembered), unless an
   * absence or a delegation was recorded since ({@link #changed()}): a page asks many times, each a
   * moment later, and loading them was most of a page's queries. The decision is then made as of
   * the first moment, which a second cannot move across anything a person could tell apart.
   */
  public Facts at(OffsetDateTime t) {
    long generation = CHANGES.get();
    RequestFacts memo = requestFacts();
    Facts kept = memo == null ? null : memo.facts(generation);
    if (kept != null && Math.abs(Duration.between(kept.at(), t).toMillis()) < REUSE_WITHIN.toMillis()) {
      return kept;
    }
    Facts f = load(t);
    if (memo != null) {
      memo.keep(f, generation);
    }
    return f;
  }

  /** Absences or delegations were written: facts loaded before are not used again. */
  public void changed() {
    CHANGES.incrementAndGet();
  }

  private RequestFacts requestFacts() {
    try {
      return beans.getContext(RequestScoped.class).isActive() ? requestFacts : null;
    } catch (ContextNotActiveException none) {
      return null;
    }
  }

  private Facts load(OffsetDateTime t) {
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
    return new Facts(t, OfficeTime.ZONE, new RememberingOrganization(org), absences, powers, grants, byOthers);
  }

  public OrganizationPort org() {
    return org;
  }
}
