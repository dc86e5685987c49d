package th.obec.esa.ict.reports.testdoubles;

import java.time.LocalDate;

/**
 * Whether the period asked for is exactly fiscal year 2569, the only year the doubles hold data
 * for: a service that asked for 30 Sep 2025 or 1 Oct 2026 as a bound would get nothing.
 */
final class Fy2569 {

  static final LocalDate FIRST = LocalDate.of(2025, 10, 1);
  static final LocalDate LAST = LocalDate.of(2026, 9, 30);

  private Fy2569() {}

  static boolean asked(LocalDate from, LocalDate to) {
    return FIRST.equals(from) && LAST.equals(to);
  }
}
