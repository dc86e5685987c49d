package th.obec.esa.ict.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import th.obec.esa.ict.platform.text.ThaiDigits;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.time.ThaiDates;

/** Thai formatting for pages: {@code #{thai.date(d)}}, {@code #{thai.dateTime(t)}}, {@code #{thai.digits(s)}}. */
@Named("thai")
@ApplicationScoped
public class ThaiFormat {

  public String date(LocalDate d) {
    return d == null ? "" : ThaiDates.formatShort(d, Messages.locale());
  }

  public String dateLong(LocalDate d) {
    return d == null ? "" : ThaiDates.formatLong(d, Messages.locale());
  }

  public String dateTime(OffsetDateTime t) {
    return t == null ? "" : ThaiDates.formatDateTime(t.atZoneSameInstant(OfficeTime.ZONE).toLocalDateTime(), Messages.locale());
  }

  public String digits(Object s) {
    return s == null ? "" : ThaiDigits.toThai(s.toString());
  }

  public LocalDate today() {
    return LocalDate.now(OfficeTime.ZONE);
  }

  public FiscalYear fiscalYear() {
    return FiscalYear.of(today());
  }
}
