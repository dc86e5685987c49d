package th.obec.esa.ict.records.study;

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
import java.util.List;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.records.common.Access;
import th.obec.esa.ict.records.common.RecordNumbering;
import th.obec.esa.ict.records.common.RecordState;
import th.obec.esa.ict.records.common.RecordsTime;
import th.obec.esa.ict.records.common.Signature;
import th.obec.esa.ict.records.common.Texts;
import th.obec.esa.ict.records.report.ReportSetup;

/**
 * F13/F15: the ICT officer records a study of an information system (numbered "F13-2569/001" in
 * the fiscal year of the day it is recorded), fills in findings and recommendations as the study
 * ends, and issues the F15 report, which freezes the record (REPORTED) until it is reopened.
 * Everyone of the office (staff included) reads the studies and their reports.
 */
@Stateless
public class StudyService {

  /** The register's form code. */
  public static final String FORM = "F13";

  @PersistenceContext(unitName = "records")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  @EJB
  private RecordNumbering numbering;

  @Inject
  private ReportSetup reports;

  @Inject
  @RecordsTime
  private Clock clock;

  public StudyView create(StudyInput in, Actor actor) {
    actor.requireAnyRole(Access.WRITERS);
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
    Study s = new Study(numbering.next(FORM, FiscalYear.of(today).buddhistYear()), today, now, actor.uid());
    apply(s, in, now, actor);
    em.persist(s);
    em.flush();
    audit.record(actor, "records.study.created", "rec-study", String.valueOf(s.getId()),
        s.getNumberText() + " " + s.getTitle());
    return view(s);
  }

  /** Changes a study; refused once its F15 is issued (reopen it first). */
  public StudyView update(long id, StudyInput in, Actor actor) {
    actor.requireAnyRole(Access.WRITERS);
    Study s = load(id);
    if (s.getState() == RecordState.REPORTED) {
      throw new BusinessException("records.study.reported", s.getNumberText());
    }
    apply(s, in, OffsetDateTime.now(clock), actor);
    em.flush();
    audit.record(actor, "records.study.updated", "rec-study", String.valueOf(id),
        s.getNumberText() + " " + s.getTitle());
    return view(s);
  }

  /**
   * Issues the F15: needs the findings and the recommendations (refused next to the first field
   * missing, {0} listing all missing) and the signer's name.
   */
  public StudyView issueReport(long id, Signature signer, Actor actor) {
    actor.requireAnyRole(Access.WRITERS);
    Study s = load(id);
    if (s.getState() == RecordState.REPORTED) {
      throw new BusinessException("records.study.reported", s.getNumberText());
    }
    List<String> missing = new ArrayList<>();
    if (Texts.isBlank(s.getFindings())) {
      missing.add("findings");
    }
    if (Texts.isBlank(s.getRecommendations())) {
      missing.add("recommendations");
    }
    if (!missing.isEmpty()) {
      throw new BusinessException(field(missing.get(0)), "records.study.reportIncomplete", String.join(", ", missing));
    }
    Signature sig = signature(signer);
    s.reported(sig, OffsetDateTime.now(clock), actor.uid());
    em.flush();
    audit.record(actor, "records.study.reported", "rec-study", String.valueOf(id),
        s.getNumberText() + " F15 signed by " + sig.name());
    return view(s);
  }

  /** Takes an issued F15 back so the study can be corrected; the reason is kept in the audit record. */
  public StudyView reopen(long id, String reason, Actor actor) {
    actor.requireAnyRole(Access.WRITERS);
    String why = Texts.required("reason", reason, 500);
    Study s = load(id);
    if (s.getState() != RecordState.REPORTED) {
      throw new BusinessException("records.study.notReported", s.getNumberText());
    }
    s.reopened(OffsetDateTime.now(clock), actor.uid());
    em.flush();
    audit.record(actor, "records.study.reopened", "rec-study", String.valueOf(id),
        s.getNumberText() + " because: " + why);
    return view(s);
  }

  public StudyView get(long id, Actor actor) {
    actor.requireAnyRole(Access.RECORD_READERS);
    return view(load(id));
  }

  /** The studies, newest first; of one Buddhist-era fiscal year, or all when null. */
  public List<StudyView> list(Integer fiscalYear, Actor actor) {
    actor.requireAnyRole(Access.RECORD_READERS);
    return em.createNamedQuery("Study.all", Study.class).getResultList().stream()
        .filter(s -> fiscalYear == null || s.getFiscalYear() == fiscalYear).map(StudyService::view).toList();
  }

  /** The F13 record as PDF, as it stands (a draft too), for the recorder to sign. */
  public byte[] recordPdf(long id, Actor actor) {
    actor.requireAnyRole(Access.RECORD_READERS);
    return StudyReportRenderer.record(view(load(id)), reports.head(), reports.fonts());
  }

  /** The F15 as PDF; only once issued. */
  public byte[] reportPdf(long id, Actor actor) {
    actor.requireAnyRole(Access.RECORD_READERS);
    Study s = load(id);
    if (s.getState() != RecordState.REPORTED) {
      throw new BusinessException("records.study.notReported", s.getNumberText());
    }
    return StudyReportRenderer.render(view(s), s.getReporterBlock(), reports.head(), reports.fonts());
  }

  private void apply(Study s, StudyInput in, OffsetDateTime now, Actor actor) {
    if (in == null) {
      throw new BusinessException(field("title"), "records.field.required");
    }
    String title = Texts.required("title", in.title(), 300);
    String system = Texts.required("systemStudied", in.systemStudied(), 300);
    Texts.period(in.startDate(), in.endDate());
    s.setCommon(title, in.startDate(), in.endDate(), Texts.team(in.team(), 2000), now, actor.uid());
    s.set(system, Texts.optional("objectives", in.objectives(), 4000),
        Texts.optional("scopeMethod", in.scopeMethod(), 4000), Texts.optional("findings", in.findings(), 8000),
        Texts.optional("problems", in.problems(), 8000),
        Texts.optional("recommendations", in.recommendations(), 8000));
  }

  static Signature signature(Signature signer) {
    if (signer == null) {
      throw new BusinessException(field("signerName"), "records.field.required");
    }
    return new Signature(Texts.required("signerName", signer.name(), 200),
        Texts.optional("signerPosition", signer.position(), 300),
        Texts.optional("signerActingLine", signer.actingLine(), 500),
        Texts.optional("signerBasisLine", signer.basisLine(), 500));
  }

  private Study load(long id) {
    Study s = em.find(Study.class, id);
    if (s == null) {
      throw new BusinessException("records.study.notFound", id);
    }
    return s;
  }

  static StudyView view(Study s) {
    return new StudyView(s.getId(), s.getNumberText(), s.getFiscalYear(), s.getTitle(), s.getSystemStudied(),
        s.getObjectives(), s.getScopeMethod(), s.getStartDate(), s.getEndDate(), s.getTeam(), s.getFindings(),
        s.getProblems(), s.getRecommendations(), s.getState(), s.getRecordedOn(), s.getCreatedAt(), s.getCreatedBy(),
        s.getUpdatedAt(), s.getUpdatedBy(), s.getReportedAt(), s.getReportedBy(), s.getReporterName(),
        s.getReporterPosition(), s.getState() == RecordState.REPORTED);
  }
}
