package th.obec.esa.ict.records.collection;

import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.records.common.Access;
import th.obec.esa.ict.records.common.RecordsTime;
import th.obec.esa.ict.records.common.Texts;

/**
 * F01: the ICT officer opens a collection round for a central system with its due date and the
 * units and schools expected to send data, records each return as it comes in (or corrects a
 * mistaken one), and follows who is late. Directors, unit directors and auditors read. Whether a
 * return is on time, late or overdue is computed from the {@link RecordsTime} clock at each read.
 */
@Stateless
public class CollectionService {

  static final String[] WRITERS = Access.WRITERS;
  static final String[] READERS = Access.ROUND_READERS;

  @PersistenceContext(unitName = "records")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  @Inject
  @RecordsTime
  private Clock clock;

  /** Opens a round with its expected submitters (which may be added later, or imported). */
  public RoundView create(RoundInput in, List<SubmitterInput> submitters, Actor actor) {
    actor.requireAnyRole(WRITERS);
    CollectionRound r = new CollectionRound(now(), actor.uid());
    apply(r, in, actor);
    em.persist(r);
    em.flush();
    addAll(r, submitters == null ? List.of() : submitters);
    audit.record(actor, "records.round.created", "rec-round", String.valueOf(r.getId()),
        r.getSystem() + " " + r.getLabel() + " due " + r.getDueDate() + ", "
            + (submitters == null ? 0 : submitters.size()) + " expected");
    return view(r);
  }

  /** Changes the round's head (system, label, fiscal year, due date, note). */
  public RoundView update(long roundId, RoundInput in, Actor actor) {
    actor.requireAnyRole(WRITERS);
    CollectionRound r = load(roundId);
    apply(r, in, actor);
    em.flush();
    audit.record(actor, "records.round.updated", "rec-round", String.valueOf(roundId),
        r.getSystem() + " " + r.getLabel() + " due " + r.getDueDate());
    return view(r);
  }

  /** Removes a round opened by mistake; refused once any return of it is recorded. */
  public void delete(long roundId, Actor actor) {
    actor.requireAnyRole(WRITERS);
    CollectionRound r = load(roundId);
    List<ExpectedReturn> returns = returnsOf(roundId);
    if (returns.stream().anyMatch(e -> e.getSubmittedAt() != null)) {
      throw new BusinessException("records.round.hasReturns");
    }
    returns.forEach(em::remove);
    em.remove(r);
    em.flush();
    audit.record(actor, "records.round.deleted", "rec-round", String.valueOf(roundId),
        r.getSystem() + " " + r.getLabel());
  }

  public RoundView addSubmitters(long roundId, List<SubmitterInput> submitters, Actor actor) {
    actor.requireAnyRole(WRITERS);
    CollectionRound r = load(roundId);
    List<SubmitterInput> added = submitters == null ? List.of() : submitters;
    addAll(r, added);
    audit.record(actor, "records.round.submittersAdded", "rec-round", String.valueOf(roundId),
        added.stream().map(s -> s.kind() + ":" + s.code()).collect(Collectors.joining(" ")));
    return view(r);
  }

  /** Takes a submitter out of a round; refused once its return is recorded (un-record it first). */
  public RoundView removeSubmitter(long returnId, Actor actor) {
    actor.requireAnyRole(WRITERS);
    ExpectedReturn e = loadReturn(returnId);
    if (e.getSubmittedAt() != null) {
      throw new BusinessException("records.return.sentCannotRemove", e.getName());
    }
    em.remove(e);
    em.flush();
    audit.record(actor, "records.round.submitterRemoved", "rec-round", String.valueOf(e.getRoundId()),
        e.getKind() + ":" + e.getCode() + " " + e.getName());
    return view(load(e.getRoundId()));
  }

  /**
   * Adds the schools of a CSV or XLSX file ({@code school_code,name[,submitted_at]}) to the round;
   * rows with a submission date are recorded as sent then. Every refused row is reported. In
   * {@link ImportMode#ALL_OR_NOTHING} (the default a page should offer) a file with any refused
   * row saves nothing; in {@link ImportMode#GOOD_ROWS_ONLY} the good rows are saved.
   */
  public ImportReport importSubmitters(long roundId, byte[] content, String fileName, ImportMode mode, Actor actor) {
    actor.requireAnyRole(WRITERS);
    ImportMode m = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
    CollectionRound r = load(roundId);
    Set<String> existing = returnsOf(roundId).stream().filter(e -> e.getKind() == SubmitterKind.SCHOOL)
        .map(ExpectedReturn::getCode).collect(Collectors.toSet());
    SubmitterImport.Parsed parsed = SubmitterImport.parse(content, fileName, existing, today(), clock.getZone());
    boolean save = !parsed.accepted().isEmpty() && (parsed.rejected().isEmpty() || m == ImportMode.GOOD_ROWS_ONLY);
    int recorded = 0;
    if (save) {
      OffsetDateTime now = now();
      for (ImportLine line : parsed.accepted()) {
        ExpectedReturn e = new ExpectedReturn(roundId, SubmitterKind.SCHOOL, line.code(), line.name());
        if (line.submittedAt() != null) {
          e.record(line.submittedAt(), null, null, "นำเข้าจากไฟล์ " + safeName(fileName), now, actor.uid());
          recorded++;
        }
        em.persist(e);
      }
      em.flush();
      audit.record(actor, "records.round.imported", "rec-round", String.valueOf(roundId),
          safeName(fileName) + ": " + parsed.accepted().size() + " added, " + recorded + " recorded as sent, "
              + parsed.rejected().size() + " problems refused (" + m + ")");
    }
    return new ImportReport(r.getId(), m, parsed.rowsRead(), parsed.accepted().size(), save,
        save ? parsed.accepted().size() : 0, recorded, parsed.rejected());
  }

  /** Records that a submitter sent its data. */
  public ReturnView recordReturn(long returnId, ReturnInput in, Actor actor) {
    actor.requireAnyRole(WRITERS);
    ExpectedReturn e = loadReturn(returnId);
    if (e.getSubmittedAt() != null) {
      throw new BusinessException("records.return.alreadyRecorded", e.getName());
    }
    OffsetDateTime now = now();
    OffsetDateTime at = in == null || in.submittedAt() == null ? now : in.submittedAt();
    if (at.isAfter(now)) {
      throw new BusinessException(field("submittedAt"), "records.return.inFuture");
    }
    Integer count = in == null ? null : in.recordsCount();
    if (count != null && count < 0) {
      throw new BusinessException(field("recordsCount"), "records.return.negativeCount");
    }
    e.record(at, in == null ? null : Texts.optional("submittedBy", in.submittedBy(), 200), count,
        in == null ? null : Texts.optional("note", in.note(), 2000), now, actor.uid());
    em.flush();
    CollectionRound r = load(e.getRoundId());
    ReturnView v = view(e, r);
    audit.record(actor, "records.return.recorded", "rec-return", String.valueOf(returnId),
        "round " + r.getId() + " " + e.getKind() + ":" + e.getCode() + " sent " + at + " " + v.state()
            + (count == null ? "" : " records " + count));
    return v;
  }

  /** Undoes a return recorded by mistake; the reason is kept in the audit record. */
  public ReturnView unrecordReturn(long returnId, String reason, Actor actor) {
    actor.requireAnyRole(WRITERS);
    String why = Texts.required("reason", reason, 500);
    ExpectedReturn e = loadReturn(returnId);
    if (e.getSubmittedAt() == null) {
      throw new BusinessException("records.return.notRecorded", e.getName());
    }
    String was = "sent " + e.getSubmittedAt() + " by " + e.getSubmittedBy() + " recorded by " + e.getRecordedBy()
        + " at " + e.getRecordedAt() + " records " + e.getRecordsCount();
    e.unrecord();
    em.flush();
    audit.record(actor, "records.return.unrecorded", "rec-return", String.valueOf(returnId),
        "round " + e.getRoundId() + " " + e.getKind() + ":" + e.getCode() + " (" + was + ") because: " + why);
    return view(e, load(e.getRoundId()));
  }

  public RoundView round(long roundId, Actor actor) {
    actor.requireAnyRole(READERS);
    return view(load(roundId));
  }

  /**
   * The rounds with their counts, newest due date first.
   *
   * @param fiscalYear Buddhist-era fiscal year, or null for all
   * @param system a system, or null for all
   */
  public List<RoundSummary> rounds(Integer fiscalYear, CentralSystem system, Actor actor) {
    actor.requireAnyRole(READERS);
    List<CollectionRound> rounds = em.createNamedQuery("CollectionRound.all", CollectionRound.class).getResultList()
        .stream().filter(r -> (fiscalYear == null || r.getFiscalYear() == fiscalYear)
            && (system == null || r.getSystem() == system)).toList();
    Map<Long, List<ExpectedReturn>> returns = returnsOf(rounds);
    LocalDate today = today();
    return rounds.stream().map(r -> summary(r, returns.getOrDefault(r.getId(), List.of()), today)).toList();
  }

  /** Every return not sent although its due date has passed, the longest overdue first. */
  public List<OverdueReturn> overdue(Actor actor) {
    actor.requireAnyRole(READERS);
    LocalDate today = today();
    List<OverdueReturn> out = new ArrayList<>();
    // the returns of every round already due, with their rounds, in one query (the home page asks)
    for (Object[] row : em.createNamedQuery("ExpectedReturn.ofRoundsDueBefore", Object[].class)
        .setParameter("today", today).getResultList()) {
      ExpectedReturn e = (ExpectedReturn) row[0];
      CollectionRound r = (CollectionRound) row[1];
      if (state(e, r, today) == ReturnState.OVERDUE) {
        out.add(new OverdueReturn(e.getId(), r.getId(), r.getSystem(), r.systemLabel(), r.getLabel(), r.getDueDate(),
            ReturnRules.daysOverdue(r.getDueDate(), today), e.getKind(), e.getCode(), e.getName()));
      }
    }
    return out;
  }

  private void apply(CollectionRound r, RoundInput in, Actor actor) {
    if (in == null || in.system() == null) {
      throw new BusinessException(field("system"), "records.round.systemRequired");
    }
    String other = in.system() == CentralSystem.OTHER ? Texts.required("otherName", in.otherName(), 200) : null;
    String label = Texts.required("label", in.label(), 300);
    if (in.dueDate() == null) {
      throw new BusinessException(field("dueDate"), "records.field.required");
    }
    int fy = in.fiscalYear() == null ? FiscalYear.of(in.dueDate()).buddhistYear() : in.fiscalYear();
    if (fy < 2400 || fy > 2700) {
      throw new BusinessException(field("fiscalYear"), "records.round.badFiscalYear", fy);
    }
    r.set(in.system(), other, label, fy, in.dueDate(), Texts.optional("note", in.note(), 2000), now(), actor.uid());
  }

  private void addAll(CollectionRound r, List<SubmitterInput> submitters) {
    Set<String> keys = new HashSet<>();
    returnsOf(r.getId()).forEach(e -> keys.add(e.getKind() + ":" + e.getCode()));
    for (SubmitterInput s : submitters) {
      if (s == null || s.kind() == null) {
        throw new BusinessException(field("kind"), "records.field.required");
      }
      String code;
      if (s.kind() == SubmitterKind.SCHOOL) {
        code = ReturnRules.schoolCode(s.code());
        if (code == null) {
          throw new BusinessException(field("code"), "records.submitter.badSchoolCode", String.valueOf(s.code()));
        }
      } else {
        code = Texts.required("code", s.code(), 40);
      }
      String name = Texts.required("name", s.name(), SubmitterImport.NAME_MAX);
      if (!keys.add(s.kind() + ":" + code)) {
        throw new BusinessException(field("code"), "records.submitter.duplicate", code);
      }
      em.persist(new ExpectedReturn(r.getId(), s.kind(), code, name));
    }
    em.flush();
  }

  private RoundView view(CollectionRound r) {
    List<ExpectedReturn> returns = returnsOf(r.getId());
    LocalDate today = today();
    return new RoundView(summary(r, returns, today), returns.stream().map(e -> view(e, r, today)).toList());
  }

  private ReturnView view(ExpectedReturn e, CollectionRound r) {
    return view(e, r, today());
  }

  private ReturnView view(ExpectedReturn e, CollectionRound r, LocalDate today) {
    return new ReturnView(e.getId(), e.getRoundId(), e.getKind(), e.getCode(), e.getName(), state(e, r, today),
        e.getSubmittedAt(), e.getSubmittedBy(), e.getRecordsCount(), e.getNote(), e.getRecordedAt(), e.getRecordedBy());
  }

  private RoundSummary summary(CollectionRound r, List<ExpectedReturn> returns, LocalDate today) {
    ReturnRules.Tally t = ReturnRules.tally(returns.stream().map(e -> state(e, r, today)).toList());
    return new RoundSummary(r.getId(), r.getSystem(), r.getOtherName(), r.systemLabel(), r.getLabel(),
        r.getFiscalYear(), r.getDueDate(), r.getNote(), t.expected(), t.onTime(), t.late(), t.overdue(), t.waiting(),
        t.percentComplete(), r.getCreatedAt(), r.getCreatedBy());
  }

  private ReturnState state(ExpectedReturn e, CollectionRound r, LocalDate today) {
    return ReturnRules.state(r.getDueDate(), e.getSubmittedAt(), today, clock.getZone());
  }

  private List<ExpectedReturn> returnsOf(long roundId) {
    return em.createNamedQuery("ExpectedReturn.ofRound", ExpectedReturn.class).setParameter("round", roundId)
        .getResultList();
  }

  private Map<Long, List<ExpectedReturn>> returnsOf(List<CollectionRound> rounds) {
    Map<Long, List<ExpectedReturn>> out = new LinkedHashMap<>();
    List<Long> ids = rounds.stream().map(CollectionRound::getId).toList();
    for (int i = 0; i < ids.size(); i += 500) {
      for (ExpectedReturn e : em.createNamedQuery("ExpectedReturn.ofRounds", ExpectedReturn.class)
          .setParameter("rounds", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList()) {
        out.computeIfAbsent(e.getRoundId(), k -> new ArrayList<>()).add(e);
      }
    }
    return out;
  }

  private CollectionRound load(long id) {
    CollectionRound r = em.find(CollectionRound.class, id);
    if (r == null) {
      throw new BusinessException("records.round.notFound", id);
    }
    return r;
  }

  private ExpectedReturn loadReturn(long id) {
    ExpectedReturn e = em.find(ExpectedReturn.class, id);
    if (e == null) {
      throw new BusinessException("records.return.notFound", id);
    }
    return e;
  }

  private static String safeName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "(ไม่มีชื่อไฟล์)";
    }
    String n = fileName.replaceAll("[\\r\\n]", " ").strip();
    return n.length() > 120 ? n.substring(0, 120) : n;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
