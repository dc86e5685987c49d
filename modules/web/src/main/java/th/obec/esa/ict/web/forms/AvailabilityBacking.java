package th.obec.esa.ict.web.forms;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.forms.loan.AssetMonth;
import th.obec.esa.ict.forms.loan.DayAvailability;
import th.obec.esa.ict.forms.loan.LoanService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.web.shell.Messages;

/** /forms/availability.xhtml?asset=&month=: an asset's loan calendar, a month at a time, for booking ahead. */
@Named
@ViewScoped
public class AvailabilityBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private LoanService loans;

  private long asset;
  private String month;
  private AssetMonth calendar;

  public void load() {
    YearMonth ym = month == null || month.isBlank() ? YearMonth.now(OfficeTime.ZONE) : YearMonth.parse(month);
    try {
      calendar = loans.availability(asset, ym);
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void previous() {
    month = calendar.month().minusMonths(1).toString();
    load();
  }

  public void next() {
    month = calendar.month().plusMonths(1).toString();
    load();
  }

  /** The month as weeks of seven cells, Monday first; cells outside the month are null. */
  public List<List<DayAvailability>> getWeeks() {
    List<List<DayAvailability>> weeks = new ArrayList<>();
    if (calendar == null) {
      return weeks;
    }
    List<DayAvailability> week = new ArrayList<>();
    int lead = calendar.month().atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
    for (int i = 0; i < lead; i++) {
      week.add(null);
    }
    for (DayAvailability d : calendar.days()) {
      week.add(d);
      if (week.size() == 7) {
        weeks.add(week);
        week = new ArrayList<>();
      }
    }
    if (!week.isEmpty()) {
      while (week.size() < 7) {
        week.add(null);
      }
      weeks.add(week);
    }
    return weeks;
  }

  /** "พฤศจิกายน 2569" or "November 2569 BE". */
  public String getTitle() {
    if (calendar == null) {
      return "";
    }
    String full = ThaiDates.formatLong(calendar.month().atDay(1), Messages.locale());
    return full.substring(full.indexOf(' ') + 1);
  }

  public AssetMonth getCalendar() { return calendar; }
  public long getAsset() { return asset; }
  public void setAsset(long asset) { this.asset = asset; }
  public String getMonth() { return month; }
  public void setMonth(String month) { this.month = month; }

}
