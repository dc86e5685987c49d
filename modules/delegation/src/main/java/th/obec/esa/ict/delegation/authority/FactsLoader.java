package th.obec.esa.ict.delegation.authority;

import jakarta.annotation.Resource;
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
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>They are read once per office day and version ({@link DaySnapshot}), shared by every request
 * of that day, and read again when the version moves: every write of an absence or a delegation
 * raises it in the database, in the writer's transaction ({@link #changed()}), so that a request on
 * any instance sees a committed change at once. A request costs one statement (the version) instead
 * of reading the absences and a year of delegations. A transaction that wrote reads its own facts
 * fresh and shares nothing: what it sees may still roll back.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FactsLoader {

  /** Facts loaded for a moment are used again for another this close to it, in the same request. */
  static final Duration REUSE_WITHIN = Duration.ofSeconds(1);

  /** Counts the writes of absences and delegations, so that no request uses facts older than one. */
  private static final AtomicLong CHANGES = new AtomicLong();

  /** The days' facts shared by the requests of this application; a handful of days at most. */
  private static final Map<LocalDate, DaySnapshot> DAYS = new ConcurrentHashMap<>();
  static final int DAYS_KEPT = 4;

  /** Marks a transaction that wrote absences or delegations (its facts are read fresh). */
  private static final String WROTE = FactsLoader.class.getName() + ".wrote";

  @Resource
  private TransactionSynchronizationRegistry transactions;

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
    Facts f = wroteInThisTransaction() ? load(t) : shared(t);
    if (memo != null) {
      memo.keep(f, generation);
    }
    return f;
  }

  /**
   * Absences or delegations were written: facts loaded before are not used again, by this request,
   * by this transaction, or (once it commits) by any request on any instance.
   */
  public void changed() {
    CHANGES.incrementAndGet();
    em.createNativeQuery("UPDATE dlg_facts_version SET version = version + 1 WHERE id = 1").executeUpdate();
    transactions.putResource(WROTE, Boolean.TRUE);
  }

  private boolean wroteInThisTransaction() {
    return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION
        && transactions.getResource(WROTE) != null;
  }

  /** The facts of {@code t} from its day's snapshot, read again if the version moved. */
  private Facts shared(OffsetDateTime t) {
    long version = ((Number) em.createNativeQuery("SELECT version FROM dlg_facts_version WHERE id = 1")
        .getSingleResult()).longValue();
    LocalDate day = t.atZoneSameInstant(OfficeTime.ZONE).toLocalDate();
    DaySnapshot snapshot = DAYS.get(day);
    if (snapshot == null || snapshot.version() != version) {
      snapshot = loadDay(day, version);
      DAYS.put(day, snapshot);
      if (DAYS.size() > DAYS_KEPT) {
        DAYS.keySet().stream().sorted().limit(DAYS.size() - DAYS_KEPT).forEach(DAYS::remove);
      }
    }
    return snapshot.at(t, OfficeTime.ZONE, org);
  }

  private DaySnapshot loadDay(LocalDate day, long version) {
    OffsetDateTime from = DaySnapshot.start(day, OfficeTime.ZONE);
    OffsetDateTime to = DaySnapshot.end(day, OfficeTime.ZONE);
    List<DaySnapshot.Away> away = new ArrayList<>();
    for (Absence a : em.createNamedQuery("Absence.findOverlapping", Absence.class)
        .setParameter("from", from).setParameter("to", to).getResultList()) {
      away.add(new DaySnapshot.Away(a.getPersonUid(), a.getKind().name(), a.getFrom(), a.getUntil(),
          !a.getPersonUid().equals(a.getRecordedBy())));
    }
    List<Grant> grants = new ArrayList<>();
    for (Delegation d : em.createNamedQuery("Delegation.findRelevant", Delegation.class)
        .setParameter("since", from.minusYears(1)).getResultList()) {
      grants.add(d.toGrant());
    }
    return new DaySnapshot(day, version, away, powers(), grants);
  }

  private Map<String, PowerDef> powers() {
    return em.createNamedQuery("Power.findAll", Power.class).getResultList().stream()
        .map(Power::toDef).collect(Collectors.toMap(PowerDef::code, p -> p, (a, b) -> a, LinkedHashMap::new));
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
    Map<String, PowerDef> powers = powers();
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
