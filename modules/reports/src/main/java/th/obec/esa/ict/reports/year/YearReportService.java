package th.obec.esa.ict.reports.year;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.reports.port.EvaluationResultsPort;
import th.obec.esa.ict.reports.port.RecordsPort;
import th.obec.esa.ict.reports.port.ReportOfficePort;
import th.obec.esa.ict.reports.port.WorkFiguresPort;

/**
 * The F21 of a fiscal year, from what the modules recorded: the figures as a view, the printed
 * PDF and the XLSX. Read-only (nothing is stored, so nothing is audited); readable by the ICT
 * officers, the directors and the auditors, as the report goes to the director and is evidence
 * of the group's work.
 */
@Stateless
public class YearReportService {

  private static final String[] READERS = {Roles.ICT_OFFICER, Roles.DIRECTOR, Roles.UNIT_DIRECTOR, Roles.AUDITOR};

  @Inject
  private WorkFiguresPort work;
  @Inject
  private EvaluationResultsPort evaluations;
  @Inject
  private RecordsPort records;
  @Inject
  private ReportOfficePort office;

  /**
   * @param buddhistYear the fiscal year, 2560 to the current one
   * @throws th.obec.esa.ict.platform.BusinessException on field "year": {@code reports.year.tooEarly},
   *     {@code reports.year.future}
   * @throws th.obec.esa.ict.platform.security.AccessDeniedException without a reader's role
   */
  public YearReport report(int buddhistYear, Actor actor) {
    actor.requireAnyRole(READERS);
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    FiscalYear year = ReportYear.check(buddhistYear, today);
    LocalDate from = year.firstDay();
    LocalDate to = year.lastDay();
    return YearReports.assemble(year, today, new YearReports.Inputs(office.office(), work.figures(from, to),
        evaluations.results(from, to), records.returns(from, to), records.studies(from, to),
        records.improvements(from, to)));
  }

  /**
   * The printed F21.
   *
   * @param thaiDigits null for the office's setting (Thai digits on documents)
   * @param problems the officer's ปัญหา/อุปสรรค, or null for lines to write by hand
   * @param suggestions the officer's ข้อเสนอแนะ, or null for lines to write by hand
   */
  public byte[] pdf(int buddhistYear, Boolean thaiDigits, String problems, String suggestions, Actor actor) {
    YearReport r = report(buddhistYear, actor);
    Config config = ConfigProvider.getConfig();
    ThaiFonts fonts = ThaiFonts.load(
        config.getOptionalValue(ThaiFonts.FONT_KEY, String.class).orElse(ThaiFonts.DEFAULT_FONT),
        config.getOptionalValue(ThaiFonts.BOLD_FONT_KEY, String.class).orElse(ThaiFonts.DEFAULT_BOLD_FONT));
    boolean digits = thaiDigits != null ? thaiDigits : office.thaiDigits();
    return new YearReportPdf(fonts, digits).render(r, problems, suggestions);
  }

  /** The same figures as a workbook, one sheet per section ({@link YearReportXlsx#SHEETS}). */
  public byte[] xlsx(int buddhistYear, Actor actor) {
    return new YearReportXlsx().write(report(buddhistYear, actor));
  }

  /** The file name a browser saves it under: F21-2569.pdf / F21-2569.xlsx. */
  public static String fileName(int buddhistYear, String extension) {
    return "F21-" + buddhistYear + "." + extension;
  }
}
