package th.obec.esa.ict.platform.time;

import java.time.LocalDate;

/**
 * A Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Buddhist-era
 * year in which it ends. Fiscal year 2569 runs from 1 October 2025 to 30 September 2026.
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

  public FiscalYear {
    if (buddhistYear < 2400 || buddhistYear > 2700) {
      throw new IllegalArgumentException("a fiscal year is named by its Buddhist-era year: " + buddhistYear);
    }
  }

  public static FiscalYear of(LocalDate date) {
    int ceYear = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
    return new FiscalYear(ceYear + ThaiDates.BE_OFFSET);
  }

  /** The first day, 1 October of the previous calendar year. */
  public LocalDate firstDay() {
    return LocalDate.of(ThaiDates.toCommonEra(buddhistYear) - 1, 10, 1);
  }

  /** The last day, 30 September. */
  public LocalDate lastDay() {
    return LocalDate.of(ThaiDates.toCommonEra(buddhistYear), 9, 30);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  public FiscalYear previous() {
    return new FiscalYear(buddhistYear - 1);
  }

  public FiscalYear next() {
    return new FiscalYear(buddhistYear + 1);
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(buddhistYear, other.buddhistYear);
  }

  @Override
  public String toString() {
    return Integer.toString(buddhistYear);
  }
}
