package th.obec.esa.ict.organization.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import th.obec.esa.ict.organization.NotFoundException;
import th.obec.esa.ict.organization.StaleEditException;
import th.obec.esa.ict.organization.Versions;
import th.obec.esa.ict.organization.staff.StaffSummary;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.text.ThaiDigits;

/**
 * Orders and the history they make answerable: what a person held on a day, who held a duty on
 * a day, the stand-ins in force, the unit directors. "In force on a day" is the order's own rule
 * ({@link OfficeOrder#isInForceOn}); when several orders in force list a person, the latest wins.
 */
@Stateless
public class OrderService {

  @PersistenceContext(unitName = "organization")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  public List<OrderSummary> orders() {
    return em.createNamedQuery("OfficeOrder.findAll", OfficeOrder.class).getResultList().stream()
        .map(OrderSummary::of).toList();
  }

  public Optional<OrderView> findOrder(long id) {
    OfficeOrder o = em.find(OfficeOrder.class, id);
    if (o == null) {
      return Optional.empty();
    }
    List<StandInView> standIns = merge(em.createNamedQuery("StandIn.findByOrder", StandIn.class)
        .setParameter("order", id).getResultList());
    List<OrderSummary> later = em.createNamedQuery("OfficeOrder.findSuperseding", OfficeOrder.class)
        .setParameter("id", id).getResultList().stream().map(OrderSummary::of).toList();
    return Optional.of(OrderView.of(o, standIns, later));
  }

  public OrderView getOrder(long id) {
    return findOrder(id).orElseThrow(() -> new NotFoundException("order", id));
  }

  public Optional<OrderView> findOrder(int number, int yearBe) {
    return em.createQuery("SELECT o FROM OfficeOrder o WHERE o.orderNumber = :n AND o.yearBe = :y", OfficeOrder.class)
        .setParameter("n", number).setParameter("y", yearBe).getResultStream().findFirst()
        .flatMap(o -> findOrder(o.getId()));
  }

  /** The person's entry in the order that governed them on that day. */
  public Optional<DutyAssignment> assignmentOn(long staffId, LocalDate day) {
    return em.createNamedQuery("DutyAssignment.findByStaff", DutyAssignment.class).setParameter("staff", staffId)
        .getResultStream().filter(a -> a.getOrder().isInForceOn(day)).findFirst();
  }

  /** What did person P hold on day D: their entry, duty tree and acting role then. */
  public Optional<AssignmentView> whatHeld(long staffId, LocalDate day) {
    return assignmentOn(staffId, day).map(AssignmentView::of);
  }

  /** The orders that listed the person, latest first: the history on their page. */
  public List<OrderSummary> ordersOf(long staffId) {
    return em.createNamedQuery("DutyAssignment.findByStaff", DutyAssignment.class).setParameter("staff", staffId)
        .getResultStream().map(a -> OrderSummary.of(a.getOrder())).toList();
  }

  /** Who held duty number N of person P's entry on day D (numbers are per person: "2.11" of อ 34). */
  public Optional<DutyHit> dutyOf(long staffId, String number, LocalDate day) {
    String n = DutyNumber.normalize(number);
    return assignmentOn(staffId, day).flatMap(a -> em.createNamedQuery("DutyLine.findByNumber", DutyLine.class)
        .setParameter("assignment", a.getId()).setParameter("number", n).getResultStream().findFirst())
        .map(DutyHit::of);
  }

  /**
   * Who held a duty described by some words on a day: every duty line of the orders in force then
   * that contains all the words (case-insensitive; Thai or Arabic digits alike).
   */
  public List<DutyHit> whoHeld(String words, LocalDate day) {
    List<String> terms = terms(words);
    if (terms.isEmpty()) {
      return List.of();
    }
    String first = terms.get(0);
    List<DutyLine> found = em.createQuery("SELECT l FROM DutyLine l JOIN l.assignment a JOIN a.order o "
        + "WHERE LOWER(l.dutyText) LIKE :a ESCAPE '!' OR LOWER(l.dutyText) LIKE :b ESCAPE '!' "
        + "ORDER BY o.effectiveFrom DESC, o.id, a.sortOrder, l.sortOrder", DutyLine.class)
        .setParameter("a", like(first)).setParameter("b", like(ThaiDigits.toThai(first))).getResultList();
    List<DutyHit> hits = new ArrayList<>();
    for (DutyLine l : found) {
      String text = ThaiDigits.toArabic(l.getDutyText()).toLowerCase(Locale.ROOT);
      if (l.getAssignment().getOrder().isInForceOn(day) && terms.stream().allMatch(text::contains)) {
        hits.add(DutyHit.of(l));
      }
    }
    return hits;
  }

  /** "Who handles …?": the same search for today. */
  public List<DutyHit> whoHandles(String words) {
    return whoHeld(words, LocalDate.now());
  }

  /** The stand-ins of a person on a day, in rank order, each with every clause that names them. */
  public List<StandInView> standInsOf(long staffId, LocalDate day) {
    List<StandIn> rows = em.createNamedQuery("StandIn.findByHolder", StandIn.class).setParameter("staff", staffId)
        .getResultStream().filter(s -> s.getOrder().isInForceOn(day)).sorted(StandIn.LATEST_ORDER_FIRST).toList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Long latest = rows.get(0).getOrder().getId();
    return merge(rows.stream().filter(s -> s.getOrder().getId().equals(latest)).toList());
  }

  /** Whom a person stands in for on a day, from the latest order in force for each holder. */
  public List<StandInView> standsInFor(long staffId, LocalDate day) {
    List<StandIn> rows = em.createNamedQuery("StandIn.findByStandIn", StandIn.class).setParameter("staff", staffId)
        .getResultStream().filter(s -> s.getOrder().isInForceOn(day)).sorted(StandIn.LATEST_ORDER_FIRST).toList();
    Map<Long, Long> latestPerHolder = new LinkedHashMap<>();
    for (StandIn s : rows) {
      latestPerHolder.putIfAbsent(s.getHolder().getId(), s.getOrder().getId());
    }
    return merge(rows.stream().filter(s -> s.getOrder().getId().equals(latestPerHolder.get(s.getHolder().getId())))
        .toList());
  }

  /** {@link #directorOf} of every unit that has one that day, in one query: unit id → assignment. */
  public Map<Long, DutyAssignment> directorsOn(LocalDate day) {
    Map<Long, DutyAssignment> directors = new HashMap<>();
    for (Object[] row : em.createNamedQuery("DutyAssignment.findActingForAny", Object[].class).getResultList()) {
      DutyAssignment a = (DutyAssignment) row[1];
      if (a.getOrder().isInForceOn(day)) {
        directors.putIfAbsent((Long) row[0], a);
      }
    }
    return directors;
  }

  /** The person who acts as director of the unit on that day by the latest order in force. */
  public Optional<DutyAssignment> directorOf(long unitId, LocalDate day) {
    return em.createNamedQuery("DutyAssignment.findActingFor", DutyAssignment.class).setParameter("unit", unitId)
        .getResultStream().filter(a -> a.getOrder().isInForceOn(day)).findFirst();
  }

  /** A later order replaces an earlier one from its effective date; the earlier one keeps its history. */
  public OrderSummary supersede(Actor actor, long newerId, long olderId, Long expectedVersion) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    OfficeOrder newer = order(newerId);
    OfficeOrder older = order(olderId);
    Versions.check("order", newerId, expectedVersion, newer.getVersion());
    newer.supersede(older);
    flush("order", newerId);
    audit.record(actor, "organization.order.superseded", "order", String.valueOf(olderId),
        older.number() + " superseded by " + newer.number() + " from " + newer.getEffectiveFrom());
    return OrderSummary.of(newer);
  }

  /** Ends an order from a day without a successor. */
  public OrderSummary revoke(Actor actor, long orderId, LocalDate from, Long expectedVersion) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    OfficeOrder o = order(orderId);
    Versions.check("order", orderId, expectedVersion, o.getVersion());
    o.revoke(from);
    flush("order", orderId);
    audit.record(actor, "organization.order.revoked", "order", String.valueOf(orderId), o.number() + " from " + from);
    return OrderSummary.of(o);
  }

  /** A draft order takes effect. */
  public OrderSummary bringIntoForce(Actor actor, long orderId, Long expectedVersion) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    OfficeOrder o = order(orderId);
    Versions.check("order", orderId, expectedVersion, o.getVersion());
    o.bringIntoForce();
    flush("order", orderId);
    audit.record(actor, "organization.order.inForce", "order", String.valueOf(orderId), o.number());
    return OrderSummary.of(o);
  }

  /** Corrects a duty line's text where it was misread from the paper; the old text goes to the audit entry. */
  public DutyNode correctDutyLine(Actor actor, long lineId, Long expectedVersion, String text, String note) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    DutyLine l = em.find(DutyLine.class, lineId);
    if (l == null) {
      throw new NotFoundException("dutyLine", lineId);
    }
    Versions.check("dutyLine", lineId, expectedVersion, l.getVersion());
    String before = l.getDutyText();
    l.correctText(text, note);
    flush("dutyLine", lineId);
    audit.record(actor, "organization.dutyLine.corrected", "dutyLine", String.valueOf(lineId),
        "คำสั่งที่ " + l.getAssignment().getOrder().number() + " ข้อ " + l.citedNumber() + ": \"" + before + "\" → \""
            + l.getDutyText() + "\"");
    return new DutyNode(l.getId(), l.getKind().name(), l.getDutyNumber(), l.getItemMarker(), l.getDepth(),
        l.getDutyText(), l.getReviewNote(), l.getVersion(), List.of());
  }

  private OfficeOrder order(long id) {
    OfficeOrder o = em.find(OfficeOrder.class, id);
    if (o == null) {
      throw new NotFoundException("order", id);
    }
    return o;
  }

  private void flush(String what, Object id) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleEditException(what, id);
    }
  }

  /** One view per (holder, stand-in) pair, in rank order, listing every clause that prints the pair. */
  static List<StandInView> merge(List<StandIn> rows) {
    Map<List<Long>, List<StandIn>> pairs = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing((StandIn s) -> s.getOrder().getId()).thenComparing(StandIn::getRankOrder)
            .thenComparing(StandIn::getId))
        .forEach(s -> pairs.computeIfAbsent(List.of(s.getOrder().getId(), s.getHolder().getId(), s.getStandIn().getId()),
            k -> new ArrayList<>()).add(s));
    List<StandInView> out = new ArrayList<>();
    for (List<StandIn> clauses : pairs.values()) {
      StandIn first = clauses.get(0);
      out.add(new StandInView(StaffSummary.of(first.getHolder()), StaffSummary.of(first.getStandIn()),
          first.getRankOrder(), first.getOrder().getId(), first.getOrder().number(),
          clauses.stream().map(StandIn::getClauseDutyNumber).distinct().toList(), first.getPrintedName(),
          clauses.stream().map(StandIn::getReviewNote).filter(Objects::nonNull).findFirst().orElse(null)));
    }
    return out;
  }

  static List<String> terms(String words) {
    if (words == null || words.isBlank()) {
      return List.of();
    }
    return List.of(ThaiDigits.toArabic(words.strip()).toLowerCase(Locale.ROOT).split("\\s+"));
  }

  private static String like(String term) {
    return "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }
}
