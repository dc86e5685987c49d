package th.obec.esa.ict.forms.numbering;

import java.time.LocalDate;
import java.util.Locale;
import th.obec.esa.ict.platform.time.FiscalYear;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * When a register starts again at 1. Thai offices usually restart on 1 October (the fiscal
 * year); some restart on 1 January, a few never do. Chosen by configuration
 * ({@value #CONFIG_KEY}).
 */
public enum ResetRule {
  FISCAL_YEAR, CALENDAR_YEAR, NEVER;

  public static final String CONFIG_KEY = "ict.forms.numbering.reset";

  /** The counter a date draws from: the B.E. fiscal or calendar year, or 0 when numbers never reset. */
  public int periodKey(LocalDate date) {
    return switch (this) {
      case FISCAL_YEAR -> FiscalYear.of(date).buddhistYear();
      case CALENDAR_YEAR -> ThaiDates.buddhistYear(date);
      case NEVER -> 0;
    };
  }

  /** Reads a configured value such as "fiscal-year", "CALENDAR_YEAR" or "never". */
  public static ResetRule parse(String text) {
    if (text == null || text.isBlank()) {
      return FISCAL_YEAR;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(CONFIG_KEY + " must be fiscal-year, calendar-year or never, not: " + text, e);
    }
  }
}
