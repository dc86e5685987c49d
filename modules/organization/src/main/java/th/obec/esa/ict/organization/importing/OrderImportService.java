package th.obec.esa.ict.organization.importing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import th.obec.esa.ict.organization.order.DutyAssignment;
import th.obec.esa.ict.organization.order.DutyLine;
import th.obec.esa.ict.organization.order.DutyLineKind;
import th.obec.esa.ict.organization.order.OfficeOrder;
import th.obec.esa.ict.organization.order.StandIn;
import th.obec.esa.ict.organization.staff.Position;
import th.obec.esa.ict.organization.staff.Staff;
import th.obec.esa.ict.organization.unit.Office;
import th.obec.esa.ict.organization.unit.OrganizationService;
import th.obec.esa.ict.organization.unit.Unit;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * Imports an order file in one transaction: everything is read, checked and resolved before the
 * first row is written, and a file with any fatal anomaly is refused whole (nothing saved, the
 * first fatal row named). Only organisation-data administrators import; each import is audited.
 */
@Stateless
public class OrderImportService {

  private static final Logger LOG = Logger.getLogger(OrderImportService.class.getName());

  @PersistenceContext(unitName = "organization")
  private EntityManager em;

  @EJB
  private OrganizationService organization;

  @EJB
  private AuditTrail audit;

  /** Reads and checks a file without saving anything: the report the page shows before the user confirms. */
  public ImportReport preview(Actor actor, String fileName, byte[] content) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    return plan(fileName, content).report();
  }

  /**
   * Saves the order of a file with every person, duty line and stand-in, or nothing.
   *
   * @throws ImportRejectedException when the file has a fatal anomaly (the report says which row and why)
   */
  public ImportReport importOrder(Actor actor, String fileName, byte[] content) {
    actor.requireAnyRole(Roles.ORG_ADMIN);
    ImportPlan plan = plan(fileName, content);
    if (plan.report().isFatal()) {
      throw new ImportRejectedException(plan.report());
    }
    OfficeOrder order = new Writer(organization.office(), plan).write();
    ImportReport report = plan.report().saved(order.getId());
    audit.record(actor, "organization.order.imported", "order", String.valueOf(order.getId()),
        fileName + ": " + order.number() + ", " + report.persons() + " persons, " + report.dutyLines() + " lines, "
            + report.standIns() + " stand-ins, " + report.anomalies().size() + " findings");
    LOG.info(() -> "imported order " + order.number() + " from " + fileName);
    return report;
  }

  ImportPlan plan(String fileName, byte[] content) {
    ParsedOrder parsed;
    try {
      parsed = OrderFileParser.parse(OrderFileReader.read(fileName, content));
    } catch (OrderFileReader.UnreadableException e) {
      parsed = new ParsedOrder();
      parsed.add(0, e.code(), e.getMessage());
      ImportPlan failed = new ImportPlan(parsed);
      failed.report = new ImportReport(fileName, null, 0, 0, 0, 0, 0, parsed.anomalies(), null);
      return failed;
    }
    return ImportPlanner.plan(fileName, parsed, new DatabaseLookup(organization.office().getId()));
  }

  /** The planner's view of the stored data of the office. */
  private final class DatabaseLookup implements ImportLookup {
    private final long office;

    DatabaseLookup(long office) {
      this.office = office;
    }

    @Override
    public List<KnownUnit> units() {
      return em.createQuery("SELECT u FROM Unit u WHERE u.office.id = :office ORDER BY u.ordinal", Unit.class)
          .setParameter("office", office).getResultList().stream()
          .map(u -> new KnownUnit(u.getId(), u.getCode(), u.getNameTh(), u.getNameEn())).toList();
    }

    @Override
    public Optional<KnownStaff> staffByUid(String uid) {
      return em.createNamedQuery("Staff.findByUid", Staff.class).setParameter("uid", uid).getResultStream()
          .findFirst().map(DatabaseLookup::known);
    }

    @Override
    public Optional<KnownStaff> staffByName(String given, String family) {
      return em.createNamedQuery("Staff.findByName", Staff.class).setParameter("given", given)
          .setParameter("family", family).getResultStream().findFirst().map(DatabaseLookup::known);
    }

    @Override
    public Optional<KnownPosition> positionByNumber(String normalized) {
      return em.createNamedQuery("Position.findByNumber", Position.class).setParameter("office", office)
          .setParameter("number", normalized).getResultStream().findFirst()
          .map(p -> new KnownPosition(p.getId(), p.getTitleTh(), p.getPositionLevel()));
    }

    @Override
    public Optional<KnownOrder> order(int number, int yearBe) {
      return em.createNamedQuery("OfficeOrder.findByNumber", OfficeOrder.class).setParameter("office", office)
          .setParameter("number", number).setParameter("year", yearBe).getResultStream().findFirst()
          .map(o -> new KnownOrder(o.getId(), o.getStatus().name(), o.getEffectiveFrom()));
    }

    private static KnownStaff known(Staff s) {
      return new KnownStaff(s.getId(), s.getStatus().name(), s.getGivenNameTh(), s.getFamilyNameTh(),
          s.getDirectoryUid(), s.getUnit() == null ? null : s.getUnit().getId());
    }
  }

  /** Follows a checked plan: positions, people, the order, its entries, lines and stand-ins. */
  private final class Writer {
    private final Office office;
    private final ImportPlan plan;
    private final String orderNumber;
    private final Map<ImportPlan.Party, Staff> staff = new IdentityHashMap<>();
    private final Map<ParsedOrder.Person, DutyAssignment> assignments = new IdentityHashMap<>();
    private final Map<ParsedOrder.Person, List<DutyLine>> lines = new IdentityHashMap<>();

    Writer(Office office, ImportPlan plan) {
      this.office = office;
      this.plan = plan;
      this.orderNumber = plan.parsed().header().number();
    }

    OfficeOrder write() {
      ParsedOrder.Header h = plan.parsed().header();
      OfficeOrder order = new OfficeOrder(office, h.number, h.yearBe, h.subject, h.orderDate, h.effectiveFrom);
      order.printed(h.numberPrinted, h.issuer, h.legalBasis, h.preamble, h.closing, h.signedDatePrinted,
          h.effectiveFromPrinted, h.signerName, h.signerPosition,
          plan.signerStaffId == null ? null : em.find(Staff.class, plan.signerStaffId));
      if (h.excerptNote != null) {
        order.excerpt(h.excerptNote);
      }
      em.persist(order);
      if (plan.supersedesOrderId != null) {
        order.supersede(em.find(OfficeOrder.class, plan.supersedesOrderId));
      }
      int sort = 1;
      for (ImportPlan.Entry e : plan.entries().values()) {
        entry(order, e, sort++);
      }
      for (ImportPlan.StandInPlan s : plan.standIns()) {
        DutyLine clause = lines.get(s.clausePerson()).get(s.clauseLine());
        Staff holder = staffOf(s.holder());
        Staff standIn = staffOf(s.standIn());
        StandIn row = new StandIn(order, holder, s.holder().person == null ? null : assignments.get(s.holder().person),
            standIn, s.rank(), clause, s.printedName());
        if (s.holder().person == null || s.standIn().person == null) {
          row.note("ผู้ที่ระบุในข้อ " + clause.citedNumber() + " ไม่มีรายการของตนเองในคำสั่งที่ " + orderNumber + " ต้องตรวจสอบ");
        }
        em.persist(row);
      }
      return order;
    }

    private void entry(OfficeOrder order, ImportPlan.Entry e, int sort) {
      ParsedOrder.Person p = e.person;
      Unit unit = em.find(Unit.class, e.unitId);
      Position position = positionOf(p, e);
      Staff person = listed(e.party, unit, position);
      DutyAssignment a = new DutyAssignment(order, person, unit, position, sort, p.sequence, p.sequenceInferred);
      a.printed(p.positionTitle, p.positionNumberRaw, p.actingRole,
          e.actingUnitId == null ? null : em.find(Unit.class, e.actingUnitId), p.header);
      List<String> notes = new ArrayList<>();
      if (!p.nameKnown()) {
        notes.add("ไม่ทราบชื่อ (ชื่อไม่ปรากฏในแฟ้มนำเข้า)");
      }
      if (p.sequenceInferred) {
        notes.add("ลำดับที่ " + p.sequence + " อนุมานจากเลขข้อ");
      }
      a.note(notes.isEmpty() ? null : String.join("; ", notes));
      em.persist(a);
      assignments.put(p, a);
      List<DutyLine> created = new ArrayList<>();
      int lineOrder = 1;
      for (ParsedOrder.Line l : p.lines) {
        DutyLine parent = l.parent < 0 ? null : created.get(l.parent);
        DutyLine line = l.kind == DutyLineKind.DUTY
            ? DutyLine.duty(a, parent, l.number, lineOrder++, l.text)
            : DutyLine.item(a, parent, l.marker, lineOrder++, l.text);
        String note = l.note;
        if (l.parentMissing) {
          note = (note == null ? "" : note + "; ") + "ข้อแม่ไม่อยู่ในแฟ้มนำเข้า";
        }
        line.note(note);
        em.persist(line);
        a.add(line);
        created.add(line);
      }
      lines.put(p, created);
    }

    private Position positionOf(ParsedOrder.Person p, ImportPlan.Entry e) {
      if (e.existingPositionId != null) {
        return em.find(Position.class, e.existingPositionId);
      }
      if (p.positionTitle == null && p.positionNumberRaw == null) {
        return null;
      }
      Position position = new Position(office, p.positionTitle == null ? "-" : p.positionTitle, p.positionNumberRaw,
          null);
      em.persist(position);
      return position;
    }

    private Staff listed(ImportPlan.Party party, Unit unit, Position position) {
      ParsedOrder.Person p = party.person;
      Staff s;
      if (party.existing != null) {
        s = em.find(Staff.class, party.existing.id());
        if (s.needsReview() || s.getUnit() == null) {
          s.listedIn(unit, position);
        }
      } else if (p.nameKnown()) {
        s = Staff.listed(office, p.name(), p.uid, unit, position);
        s.englishName(p.givenEn, p.familyEn);
        em.persist(s);
      } else {
        s = Staff.unknownName(office, unit, position, "ไม่ทราบชื่อ: รายการลำดับที่ " + p.sequence + " ของ" + p.unitName
            + " ในคำสั่งที่ " + orderNumber + " (แถว " + p.firstRow + ") ไม่มีชื่อ ต้องตรวจสอบกับคำสั่งฉบับจริง");
        em.persist(s);
      }
      staff.put(party, s);
      return s;
    }

    private Staff staffOf(ImportPlan.Party party) {
      Staff s = staff.get(party);
      if (s != null) {
        return s;
      }
      if (party.existing != null) {
        s = em.find(Staff.class, party.existing.id());
      } else {
        Position printed = null;
        if (party.ref.name().positionTitle() != null) {
          printed = new Position(office, party.ref.name().positionTitle(), null, "พิมพ์ในคำสั่งที่ " + orderNumber
              + " (แถว " + party.ref.row() + ") ไม่มีเลขที่ตำแหน่ง");
          em.persist(printed);
        }
        s = Staff.referencedOnly(office, party.ref.name(), printed, "ปรากฏเฉพาะในข้อความผู้ปฏิบัติหน้าที่แทนของคำสั่งที่ "
            + orderNumber + " (แถว " + party.ref.row() + ") ไม่มีรายการของตนเอง ไม่ทราบกลุ่ม ต้องตรวจสอบ");
        em.persist(s);
      }
      staff.put(party, s);
      return s;
    }
  }
}
