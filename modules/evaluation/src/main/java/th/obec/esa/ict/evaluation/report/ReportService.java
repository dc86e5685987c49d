package th.obec.esa.ict.evaluation.report;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.evaluation.answer.AnswerSheet;
import th.obec.esa.ict.evaluation.answer.AnswerSheets;
import th.obec.esa.ict.evaluation.form.EvaluationReader;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.organization.api.OfficeDocuments;
import th.obec.esa.ict.organization.api.OfficeRef;
import th.obec.esa.ict.organization.api.Units;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * The F12 summary report of an evaluation (open: results so far; closed: final), as a view, a
 * PDF and a workbook. Read by ICT officers, directors (area and unit) and auditors; not by the
 * respondents, who answer identified and should not see one another's figures in progress.
 */
@Stateless
public class ReportService {

  private static final String[] READERS = {Roles.ICT_OFFICER, Roles.DIRECTOR, Roles.UNIT_DIRECTOR, Roles.AUDITOR};

  @PersistenceContext(unitName = "evaluation")
  private EntityManager em;

  /** The group's and the office's names for the report's heading. */
  @EJB
  private Units units;

  /** The office's setting "Thai digits on documents". */
  @EJB
  private OfficeDocuments office;

  public F12Report f12(long evaluationId, Actor actor) {
    actor.requireAnyRole(READERS);
    EvaluationView ev = EvaluationReader.view(em, evaluationId);
    return F12Composer.compose(ev, AnswerSheets.load(em, evaluationId));
  }

  /**
   * @param thaiDigits null for the office's setting (Thai digits on documents)
   * @param reporterName the officer's name under the signature line; null for a dotted line
   */
  public byte[] f12Pdf(long evaluationId, Boolean thaiDigits, String reporterName, Actor actor) {
    return f12Pdf(evaluationId, thaiDigits,
        new th.obec.esa.ict.platform.signature.SignatureBlock(reporterName, null, null, null), actor);
  }

  /**
   * @param thaiDigits null for the office's setting (Thai digits on documents)
   * @param reporter the officer's signature block as {@link th.obec.esa.ict.platform.signature.SignatureBlock}
   *     words it (name, own position, acting line as the order in force prints it, basis); a null
   *     name leaves a dotted line to sign on
   */
  public byte[] f12Pdf(long evaluationId, Boolean thaiDigits, th.obec.esa.ict.platform.signature.SignatureBlock reporter,
      Actor actor) {
    F12Report report = f12(evaluationId, actor);
    Config config = ConfigProvider.getConfig();
    ThaiFonts fonts = ThaiFonts.load(
        config.getOptionalValue(ThaiFonts.FONT_KEY, String.class).orElse(ThaiFonts.DEFAULT_FONT),
        config.getOptionalValue(ThaiFonts.BOLD_FONT_KEY, String.class).orElse(ThaiFonts.DEFAULT_BOLD_FONT));
    boolean thai = thaiDigits != null ? thaiDigits : office.thaiDigits();
    OfficeRef officeRef = units.officeRef();
    F12Renderer.OfficeHeading heading = new F12Renderer.OfficeHeading(
        Units.ictUnitName(units.unitByCode(Units.ICT_UNIT_CODE)), officeRef == null ? null : officeRef.nameTh());
    return new F12Renderer(fonts, thai).render(report, reporter, heading);
  }

  /** The workbook: raw answers and live AVERAGE / STDEV formulas (see {@link F12Workbook}). */
  public byte[] f12Xlsx(long evaluationId, Actor actor) {
    actor.requireAnyRole(READERS);
    EvaluationView ev = EvaluationReader.view(em, evaluationId);
    List<AnswerSheet> sheets = AnswerSheets.load(em, evaluationId);
    return F12Workbook.write(F12Composer.compose(ev, sheets), sheets);
  }

  /** The file name a browser saves it under, e.g. {@code F12-F22-2569-1050.pdf}. */
  public static String fileName(EvaluationView ev, String extension) {
    return "F12-" + ev.form() + "-" + ev.fiscalYear() + "-" + ev.id() + "." + extension;
  }
}
