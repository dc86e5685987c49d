package th.obec.esa.ict.records.improvement;

import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * F16/F17: the ICT officer records an improvement of a work process (numbered "F16-2569/001"),
 * measures it before and after, and issues the F17 report, which freezes the record (REPORTED)
 * until it is reopened. Everyone of the office (staff included) reads them.
 */
@Stateless
public class ImprovementService {

  /** The register's form code. */
  public static final String FORM = "F16";

  /** Most indicators one record holds. */
  public static final int MAX_INDICATORS = 20;

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

  public ImprovementView create(ImprovementInput in, Actor actor) {
    actor.requireAnyRole(Access.WRITERS);
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate today = now.atZoneSameInstant(clock.getZone()).toLocalDate();
    Improvement i = new Improvement(numbering.next(FORM, FiscalYear.of(today).buddhistYear()), today, now, actor.uid());
    apply(i, in, now, actor);
    em.persist(i);
    em.flush();
    audit.record(actor, "records.improvement.created", "rec-improvement", String.valueOf(i.getId()),
        i.getNumberText() + " " + i.getTitle());
    return view(i);
  }

  /** Changes an improvement; refused once its F17 is issued (reopen it first). */
  public ImprovementView update(long id, ImprovementInput in, Actor actor) {
    actor.requireAnyRole(Access.WRITERS);
    Improvement i = load(id);
    if (i.getState() == RecordState.REPORTED) {
      throw new BusinessException("records.improvement.reported", i.getNumberText());
    }
    apply(i, in, OffsetDateTime.now(clock), actor);
    em.flush();
    audit.record(actor, "records.improvement.updated", "rec-improvement", String.valueOf(id),
        i.getNumberText() + " " + i.getTitle() + ", " + i.getIndicators().size() + " indicators");
    return view(i);
  }

  /**
   * Issues the F17: needs the result, and at least one indicator or the outcome stated in words
   * (refused next to the first field missing, {0} listing all missing), and the signer's name.
   */
  public ImprovementView issueReport(long id, Signature signer, Actor actor) {
    actor.requireAnyRole(Access.WRITERS);
    Improvement i = load(id);
    if (i.getState() == RecordState.REPORTED) {
      throw new BusinessException("records.improvement.reported", i.getNumberText());
    }
    List<String> missing = missingForReport(i.getResult(), i.getIndicators().size(), i.getQualitativeOutcome());
    if (!missing.isEmpty()) {
      throw new BusinessException(field(missing.get(0)), "records.improvement.reportIncomplete",
          String.join(", ", missing));
    }
    Signature sig = signature(signer);
    i.reported(sig, OffsetDateTime.now(clock), actor.uid());
    em.flush();
    audit.record(actor, "records.improvement.reported", "rec-improvement", String.valueOf(id),
        i.getNumberText() + " F17 signed by " + sig.name());
    return view(i);
  }

  /**
   * The fields an F17 still needs: "result", and "indicators" when there is neither an indicator
   * nor an outcome in words.
   */
  public static List<String> missingForReport(String result, int indicators, String qualitativeOutcome) {
    List<String> missing = new ArrayList<>();
    if (Texts.isBlank(result)) {
      missing.add("result");
    }
    if (indicators == 0 && Texts.isBlank(qualitativeOutcome)) {
      missing.add("indicators");
    }
    return missing;
  }

  /** Takes an issued F17 back so the improvement can be corrected; the reason is kept in the audit record. */
  public ImprovementView reopen(long id, String reason, Actor actor) {
    actor.requireAnyRole(Access.WRITERS);
    String why = Texts.required("reason", reason, 500);
    Improvement i = load(id);
    if (i.getState() != RecordState.REPORTED) {
      throw new BusinessException("records.improvement.notReported", i.getNumberText());
    }
    i.reopened(OffsetDateTime.now(clock), actor.uid());
    em.flush();
    audit.record(actor, "records.improvement.reopened", "rec-improvement", String.valueOf(id),
        i.getNumberText() + " because: " + why);
    return view(i);
  }

  public ImprovementView get(long id, Actor actor) {
    actor.requireAnyRole(Access.RECORD_READERS);
    return view(load(id));
  }

  /** The improvements, newest first; of one Buddhist-era fiscal year, or all when null. */
  public List<ImprovementView> list(Integer fiscalYear, Actor actor) {
    actor.requireAnyRole(Access.RECORD_READERS);
    return em.createNamedQuery("Improvement.all", Improvement.class).getResultList().stream()
        .filter(i -> fiscalYear == null || i.getFiscalYear() == fiscalYear).map(ImprovementService::view).toList();
  }

  /** The F16 record as PDF, as it stands (a draft too), for the recorder to sign. */
  public byte[] recordPdf(long id, Actor actor) {
    actor.requireAnyRole(Access.RECORD_READERS);
    return ImprovementReportRenderer.record(view(load(id)), reports.head(), reports.fonts());
  }

  /** The F17 as PDF; only once issued. */
  public byte[] reportPdf(long id, Actor actor) {
    actor.requireAnyRole(Access.RECORD_READERS);
    Improvement i = load(id);
    if (i.getState() != RecordState.REPORTED) {
      throw new BusinessException("records.improvement.notReported", i.getNumberText());
    }
    return ImprovementReportRenderer.render(view(i), i.getReporterBlock(), reports.head(), reports.fonts());
  }

  private void apply(Improvement i, ImprovementInput in, OffsetDateTime now, Actor actor) {
    if (in == null) {
      throw new BusinessException(field("title"), "records.field.required");
    }
    String title = Texts.required("title", in.title(), 300);
    String process = Texts.required("workProcess", in.workProcess(), 1000);
    if (in.targets() == null || in.targets().isEmpty()) {
      throw new BusinessException(field("targets"), "records.improvement.targetRequired");
    }
    Texts.period(in.startDate(), in.endDate());
    List<Indicator> indicators = indicators(in.indicators());
    i.setCommon(title, in.startDate(), in.endDate(), Texts.team(in.team(), 2000), now, actor.uid());
    i.set(process, EnumSet.copyOf(in.targets()), Texts.optional("problemBefore", in.problemBefore(), 4000),
        Texts.optional("actionTaken", in.actionTaken(), 4000), Texts.optional("result", in.result(), 8000),
        Texts.optional("qualitativeOutcome", in.qualitativeOutcome(), 4000),
        Texts.optional("nextSteps", in.nextSteps(), 4000), indicators);
  }

  private static List<Indicator> indicators(List<IndicatorInput> in) {
    List<Indicator> out = new ArrayList<>();
    if (in == null) {
      return out;
    }
    if (in.size() > MAX_INDICATORS) {
      throw new BusinessException(field("indicators"), "records.improvement.tooManyIndicators", MAX_INDICATORS);
    }
    for (int n = 0; n < in.size(); n++) {
      IndicatorInput x = in.get(n);
      String prefix = "indicators[" + n + "].";
      String name = Texts.required(prefix + "name", x == null ? null : x.name(), 300);
      if (x.before() == null) {
        throw new BusinessException(field(prefix + "before"), "records.field.required");
      }
      if (x.after() == null) {
        throw new BusinessException(field(prefix + "after"), "records.field.required");
      }
      out.add(new Indicator(name, range(prefix + "before", x.before()), range(prefix + "after", x.after()),
          Texts.optional(prefix + "unit", x.unit(), 60)));
    }
    return out;
  }

  /** Fits NUMERIC(18,4): at most 14 digits before the point, 4 after. */
  private static BigDecimal range(String fieldId, BigDecimal v) {
    if (v.stripTrailingZeros().scale() > 4 || v.abs().compareTo(new BigDecimal("1E14")) >= 0) {
      throw new BusinessException(field(fieldId), "records.improvement.badValue");
    }
    return v;
  }

  private static Signature signature(Signature signer) {
    if (signer == null) {
      throw new BusinessException(field("signerName"), "records.field.required");
    }
    return new Signature(Texts.required("signerName", signer.name(), 200),
        Texts.optional("signerPosition", signer.position(), 300),
        Texts.optional("signerActingLine", signer.actingLine(), 500),
        Texts.optional("signerBasisLine", signer.basisLine(), 500));
  }

  private Improvement load(long id) {
    Improvement i = em.find(Improvement.class, id);
    if (i == null) {
      throw new BusinessException("records.improvement.notFound", id);
    }
    return i;
  }

  static ImprovementView view(Improvement i) {
    List<IndicatorView> indicators = i.getIndicators().stream()
        .map(x -> IndicatorChange.view(x.getName(), x.getBeforeValue(), x.getAfterValue(), x.getUnit())).toList();
    return new ImprovementView(i.getId(), i.getNumberText(), i.getFiscalYear(), i.getTitle(), i.getWorkProcess(),
        i.getTargets(), i.getProblemBefore(), i.getActionTaken(), i.getStartDate(), i.getEndDate(), i.getTeam(),
        indicators, i.getResult(), i.getQualitativeOutcome(), i.getNextSteps(), i.getState(), i.getRecordedOn(),
        i.getCreatedAt(), i.getCreatedBy(), i.getUpdatedAt(), i.getUpdatedBy(), i.getReportedAt(), i.getReportedBy(),
        i.getReporterName(), i.getReporterPosition(), i.getState() == RecordState.REPORTED);
  }
}
