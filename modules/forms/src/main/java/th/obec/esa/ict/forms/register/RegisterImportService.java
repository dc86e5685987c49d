package th.obec.esa.ict.forms.register;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.numbering.NumberingService;
import th.obec.esa.ict.forms.numbering.ResetRule;
import th.obec.esa.ict.forms.port.OfficeInfo;
import th.obec.esa.ict.forms.port.OfficePort;
import th.obec.esa.ict.forms.register.RegisterRules.Checked;
import th.obec.esa.ict.forms.register.RegisterRules.RecordKey;
import th.obec.esa.ict.forms.submission.Requester;
import th.obec.esa.ict.forms.submission.FiledUnder;
import th.obec.esa.ict.forms.submission.Submission;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Takes last year's paper register of requests over as closed submissions, so the yearly report
 * (F21) and the work processes count them like any other. All or nothing: one refused row and
 * nothing is saved, with every refused row reported ({@link RegisterRejectedException}).
 *
 * <p>An imported request keeps the book's printed number as its number text, with no period or
 * running number of ours, so it never takes a number from this system's registers. Its requester
 * is a name on paper, not a directory account: requester uid stays null and the requester's unit
 * (or "นำเข้าจากทะเบียนเดิม" when the book does not say) stands as the contact's unit, which also
 * satisfies the table's rule that a request names a uid or a contact; the importing officer is who
 * typed it in ({@code created_by}), which is what happened.
 */
@Stateless
public class RegisterImportService {

  /** Where a requester's unit goes when the book does not say: marks the row as taken over. */
  public static final String FROM_REGISTER = "นำเข้าจากทะเบียนเดิม";
  /** The note of the work-log line that carries an imported repair's parts cost. */
  public static final String PARTS_NOTE = "ค่าอะไหล่ตามทะเบียนเดิม" + RegisterRules.IMPORTED_MARK;

  private static final LocalTime FILED_AT = LocalTime.of(9, 0);
  private static final LocalTime DECIDED_AT = LocalTime.of(9, 0);
  private static final LocalTime CLOSED_AT = LocalTime.of(16, 30);
  private static final int LOOKUP_CHUNK = 500;

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  @EJB
  private NumberingService numbering;

  @Inject
  private OfficePort office;

  @Inject
  private th.obec.esa.ict.forms.port.ProcessPort processes;

  private final Clock clock = Clock.system(OfficeTime.ZONE);

  /**
   * Imports a register file (CSV, see {@link RegisterColumn}) as an ICT officer.
   *
   * @throws th.obec.esa.ict.platform.security.AccessDeniedException unless the actor is an ICT officer
   * @throws th.obec.esa.ict.platform.BusinessException (field "file") when the file cannot be read
   * @throws RegisterRejectedException listing every refused row; nothing is saved
   */
  public RegisterImportResult importCsv(byte[] csv, Actor actor) {
    actor.requireAnyRole(Roles.ICT_OFFICER);
    RegisterRules.RegisterFile file = RegisterRules.read(csv);
    ResetRule rule = numbering.rule();
    Checked checked = RegisterRules.check(file, LocalDate.now(clock), rule);
    List<RowError> errors = new ArrayList<>(checked.errors());
    errors.addAll(RegisterRules.alreadyRecorded(checked.rows(), existing(checked.rows(), rule), rule));
    if (!errors.isEmpty()) {
      throw new RegisterRejectedException(RegisterRules.sorted(errors));
    }
    OfficeInfo info = office.office();
    Map<FormCode, Integer> perForm = new EnumMap<>(FormCode.class);
    long firstId = Long.MAX_VALUE;
    long lastId = Long.MIN_VALUE;
    for (RegisterRow row : checked.rows()) {
      Submission s = submission(row, info, actor);
      em.persist(s);
      if (s.getId() == null) {
        em.flush();
      }
      if (row.partsCost() != null) {
        em.persist(Submission.importedWork(s.getId(), actor.uid(), s.getClosedAt(), PARTS_NOTE, row.partsCost()));
      }
      perForm.merge(row.form(), 1, Integer::sum);
      firstId = Math.min(firstId, s.getId());
      lastId = Math.max(lastId, s.getId());
    }
    em.flush();
    List<RegisterRow> rows = checked.rows();
    LocalDate first = rows.stream().map(RegisterRow::filedOn).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = rows.stream().map(RegisterRow::filedOn).max(LocalDate::compareTo).orElseThrow();
    String forms = perForm.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
    audit.record(actor, "forms.register.imported", "submission", firstId + ".." + lastId,
        rows.size() + " (" + forms + ") " + first + ".." + last);
    return new RegisterImportResult(rows.size(), perForm, first, last);
  }

  private Submission submission(RegisterRow row, OfficeInfo info, Actor actor) {
    Requester requester = new Requester(null, row.requester(), row.position(),
        row.unit() == null ? FROM_REGISTER : row.unit(), null);
    String outcome = (row.note() == null ? "" : row.note()) + RegisterRules.IMPORTED_MARK;
    // a paper register names no process: the form's default, as for requests filed before processes were chosen
    Integer process = FiledUnder.process(row.form(), null, processes.processesOf(row.form().name()));
    return Submission.imported(row.form(), process, row.outcome(), info.ictUnitCode(), requester, actor.uid(), row.number(),
        row.subject(), info.directorTitle(), row.amount(), outcome.strip(), at(row.filedOn(), FILED_AT),
        row.filedOn(), row.decidedOn() == null ? null : at(row.decidedOn(), DECIDED_AT), at(row.closedOn(), CLOSED_AT));
  }

  /** The requests already recorded with one of these forms and numbers, keyed by their period. */
  private Set<RecordKey> existing(List<RegisterRow> rows, ResetRule rule) {
    Set<RecordKey> found = new HashSet<>();
    List<String> numbers = rows.stream().map(RegisterRow::number).distinct().toList();
    for (int i = 0; i < numbers.size(); i += LOOKUP_CHUNK) {
      List<String> chunk = numbers.subList(i, Math.min(numbers.size(), i + LOOKUP_CHUNK));
      for (Object[] r : em.createQuery("SELECT s.form, s.numberText, s.submittedOn, s.createdAt FROM Submission s"
          + " WHERE s.numberText IN :numbers", Object[].class).setParameter("numbers", chunk).getResultList()) {
        LocalDate on = r[2] != null ? (LocalDate) r[2]
            : ((OffsetDateTime) r[3]).atZoneSameInstant(OfficeTime.ZONE).toLocalDate();
        found.add(new RecordKey((FormCode) r[0], (String) r[1], rule.periodKey(on)));
      }
    }
    return found;
  }

  private static OffsetDateTime at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(OfficeTime.ZONE).toOffsetDateTime();
  }
}
