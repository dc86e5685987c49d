package th.obec.esa.ict.delegation.record;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.obec.esa.ict.platform.text.CsvCells;
import th.obec.esa.ict.delegation.api.ActingRecordQuery;
import th.obec.esa.ict.delegation.api.ActingRecordView;
import th.obec.esa.ict.delegation.api.AuthorityRequest;
import th.obec.esa.ict.delegation.api.Basis;
import th.obec.esa.ict.delegation.authority.FactsLoader;
import th.obec.esa.ict.delegation.authority.SystemClock;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.time.ThaiDates;

/** Writes the acting record in the action's transaction, and answers who did what for whom. */
@Stateless
public class ActingRecordService {

  /** The most rows one query returns; the period filter narrows larger sets. */
  public static final int MAX_ROWS = 5000;

  static final String[] CSV_HEADER = {"id", "เวลา (time)", "ผู้ปฏิบัติ (actor)", "ชื่อผู้ปฏิบัติ", "ปฏิบัติแทน (acting for)",
      "ชื่อผู้ที่ปฏิบัติแทน", "ฐานะ (basis kind)", "ฐานอำนาจ (basis)", "คำสั่ง (order)", "ข้อ (duty)", "การมอบอำนาจ (delegation)",
      "อำนาจ (power)", "หน่วย (unit)", "จำนวนเงิน (amount)", "ประเภทเรื่อง (subject type)", "เรื่อง (subject id)"};

  @PersistenceContext(unitName = "delegation")
  private EntityManager em;

  @EJB
  private FactsLoader facts;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(String actorUid, Basis basis, AuthorityRequest request) {
    var now = facts.now();
    em.persist(new ActingRecord(now, actorUid, basis, request, facts.at(now).awayByAnothersRecord(basis.principalUid())));
  }

  /**
   * The rows the reader may see: auditors, directors and organisation administrators see every
   * row; anyone else only the rows where they acted or were acted for.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ActingRecordView> search(ActingRecordQuery q, Actor reader) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<ActingRecord> cq = cb.createQuery(ActingRecord.class);
    Root<ActingRecord> r = cq.from(ActingRecord.class);
    List<Predicate> where = new ArrayList<>();
    if (q.actorUid() != null && !q.actorUid().isBlank()) {
      where.add(cb.equal(r.get("actorUid"), q.actorUid().trim()));
    }
    if (q.onBehalfOf() != null && !q.onBehalfOf().isBlank()) {
      where.add(cb.equal(r.get("actingForUid"), q.onBehalfOf().trim()));
    }
    if (!readsAll(reader)) {
      where.add(cb.or(cb.equal(r.get("actorUid"), reader.uid()), cb.equal(r.get("actingForUid"), reader.uid())));
    }
    if (q.from() != null) {
      where.add(cb.greaterThanOrEqualTo(r.get("at"), q.from()));
    }
    if (q.to() != null) {
      where.add(cb.lessThan(r.get("at"), q.to()));
    }
    cq.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(r.get("at")), cb.desc(r.get("id")));
    return em.createQuery(cq).setMaxResults(MAX_ROWS).getResultList().stream().map(this::view).toList();
  }

  /** The same rows as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Thai). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String csv(ActingRecordQuery q, Actor reader) {
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).build())) {
      for (ActingRecordView v : search(q, reader)) {
        var local = v.at().atZoneSameInstant(OfficeTime.ZONE);
        // every text cell through the one CSV rule (no cell a spreadsheet would run as a formula)
        csv.printRecord(Stream.of(v.id(), ThaiDates.formatNumeric(local.toLocalDate()) + " " + local.toLocalTime().withNano(0),
            v.actorUid(), v.actorName(), v.actingForUid(), v.actingForName(), v.basisKind(), v.basisText(),
            v.orderNumber(), v.dutyNumber(), v.delegationId(), v.power(), v.unitCode(),
            v.amount() == null ? null : v.amount().toPlainString(), v.subjectType(), v.subjectId())
            .map(CsvCells::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Whether the reader may see everyone's acting, not only their own. */
  public static boolean readsAll(Actor reader) {
    return reader.hasRole(Roles.AUDITOR) || reader.hasRole(Roles.DIRECTOR) || reader.hasRole(Roles.UNIT_DIRECTOR)
        || reader.hasRole(Roles.ORG_ADMIN);
  }

  private ActingRecordView view(ActingRecord a) {
    var org = facts.org();
    return new ActingRecordView(a.getId(), a.getAt(), a.getActorUid(), org.displayName(a.getActorUid()).orElse(a.getActorUid()),
        a.getActingForUid(), a.getActingForUid() == null ? null : org.displayName(a.getActingForUid()).orElse(a.getActingForUid()),
        a.getBasisKind(), a.getBasisText(), a.getOrderNumber(), a.getDutyNumber(), a.getDelegationId(), a.getPowerCode(),
        a.getUnitCode(), a.getAmount(), a.getSubjectType(), a.getSubjectId(), a.isThirdPartyAbsence());
  }
}
