package th.obec.esa.ict.web.forms.summary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import th.obec.esa.ict.forms.summary.SummaryService;
import th.obec.esa.ict.forms.summary.WorkSummary;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /forms/summary/view.xhtml: the F10 summary of a month (month 1-12 of a B.E. year) or of a
 * fiscal year (B.E.); this fiscal year by default.
 */
@Named
@RequestScoped
public class SummaryBacking {

  @EJB
  private SummaryService summaries;

  @Inject
  private CurrentUser currentUser;

  private Integer month;
  private int year = FiscalYear.of(LocalDate.now()).buddhistYear();
  private WorkSummary summary;

  public void show() {
    try {
      summary = month == null ? summaries.fiscalYear(year, currentUser.actor())
          : summaries.month(YearMonth.of(ThaiDates.toCommonEra(year), month), currentUser.actor());
    } catch (BusinessException e) {
      Messages.error(e);
    } catch (java.time.DateTimeException e) {
      Messages.error("forms.summary.periodInvalid");
    }
  }

  public Integer getMonth() { return month; }
  public void setMonth(Integer v) { month = v; }
  public int getYear() { return year; }
  public void setYear(int v) { year = v; }
  public WorkSummary getSummary() { return summary; }
}
