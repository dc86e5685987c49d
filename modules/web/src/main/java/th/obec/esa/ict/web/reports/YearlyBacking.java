package th.obec.esa.ict.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.reports.year.YearReport;
import th.obec.esa.ict.reports.year.YearReportService;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;
import th.obec.esa.ict.web.shell.ThaiFormat;

/**
 * /reports/yearly.xhtml: the F21 of a fiscal year, every figure computed from what the system
 * holds. Only the problems and suggestions are typed, and only if the officer wants them printed.
 * The last finished fiscal year by default, the one an office reports on.
 */
@Named
@ViewScoped
public class YearlyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private YearReportService reports;

  @Inject
  private th.obec.esa.ict.organization.api.OfficeDocuments documents;

  @Inject
  private CurrentUser currentUser;

  private int year = FiscalYear.of(LocalDate.now(OfficeTime.ZONE)).buddhistYear() - 1;
  private Boolean thaiDigits;
  private String problems;
  private String suggestions;
  private YearReport report;

  public void show() {
    try {
      report = reports.report(year, currentUser.actor());
    } catch (BusinessException e) {
      report = null;
      Messages.error(e);
    }
  }

  public StreamedContent getPdf() {
    byte[] pdf = reports.pdf(year, isThaiDigits(), problems, suggestions, currentUser.actor());
    return DefaultStreamedContent.builder().name(YearReportService.fileName(year, "pdf")).contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf)).build();
  }

  public StreamedContent getXlsx() {
    byte[] xlsx = reports.xlsx(year, currentUser.actor());
    return DefaultStreamedContent.builder().name(YearReportService.fileName(year, "xlsx"))
        .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .stream(() -> new ByteArrayInputStream(xlsx)).build();
  }

  public int getYear() { return year; }
  public void setYear(int v) { year = v; }
  /** The office's setting (Thai digits on documents) until the officer ticks otherwise for this print. */
  public boolean isThaiDigits() {
    if (thaiDigits == null) {
      thaiDigits = documents.thaiDigits();
    }
    return thaiDigits;
  }
  public void setThaiDigits(boolean v) { thaiDigits = v; }
  public String getProblems() { return problems; }
  public void setProblems(String v) { problems = v; }
  public String getSuggestions() { return suggestions; }
  public void setSuggestions(String v) { suggestions = v; }
  public YearReport getReport() { return report; }
}
