package th.obec.esa.ict.platform.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.obec.esa.ict.platform.text.ThaiDigits;

/**
 * Buddhist-era (พ.ศ.) formatting and parsing. The B.E. year is the C.E. year plus 543; Thai
 * users read and type dates in B.E. in every language of the user interface, so English pages
 * show "25 Nov 2569 BE" rather than switching calendars under the user's feet.
 */
public final class ThaiDates {

  /** The offset between the Buddhist and the Common Era. */
  public static final int BE_OFFSET = 543;

  public static final Locale THAI = Locale.forLanguageTag("th-TH");

  private static final String[] THAI_MONTHS = {
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"
  };
  private static final String[] THAI_MONTHS_SHORT = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."
  };
  private static final Pattern NUMERIC = Pattern.compile("\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})\\s*");
  private static final Pattern TEXTUAL = Pattern.compile("\\s*(\\d{1,2})\\s+(\\S+)\\s+(?:พ\\.ศ\\.\\s*)?(\\d{4})\\s*");

  private ThaiDates() {}

  public static int buddhistYear(LocalDate date) {
    return date.getYear() + BE_OFFSET;
  }

  public static int toCommonEra(int buddhistYear) {
    return buddhistYear - BE_OFFSET;
  }

  /** The style of an official document: "16 ตุลาคม 2561". */
  public static String formatLong(LocalDate date, Locale locale) {
    Objects.requireNonNull(date, "date");
    if (isThai(locale)) {
      return date.getDayOfMonth() + " " + THAI_MONTHS[date.getMonthValue() - 1] + " " + buddhistYear(date);
    }
    return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " " + buddhistYear(date) + " BE";
  }

  /** The style of a table cell: "16 ต.ค. 2561" or "16 Oct 2561 BE". */
  public static String formatShort(LocalDate date, Locale locale) {
    Objects.requireNonNull(date, "date");
    if (isThai(locale)) {
      return date.getDayOfMonth() + " " + THAI_MONTHS_SHORT[date.getMonthValue() - 1] + " " + buddhistYear(date);
    }
    return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
        + " " + buddhistYear(date) + " BE";
  }

  /** The input style: "16/10/2561" (day/month/B.E. year). */
  public static String formatNumeric(LocalDate date) {
    return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), buddhistYear(date));
  }

  /** "16 ต.ค. 2561 14:05 น." or "16 Oct 2561 BE 14:05". */
  public static String formatDateTime(LocalDateTime time, Locale locale) {
    String hm = String.format("%02d:%02d", time.getHour(), time.getMinute());
    return formatShort(time.toLocalDate(), locale) + " " + hm + (isThai(locale) ? " น." : "");
  }

  /**
   * Reads a date typed by a Thai user: "16/10/2561", "16-10-2561", "๑๖/๑๐/๒๕๖๑" or
   * "16 ตุลาคม 2561" (with or without "พ.ศ."). The year is always Buddhist era.
   *
   * @throws IllegalArgumentException with a plain reason when the text is not such a date
   */
  public static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty date");
    }
    String s = ThaiDigits.toArabic(text.trim());
    Matcher m = NUMERIC.matcher(s);
    try {
      if (m.matches()) {
        return of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = TEXTUAL.matcher(s);
      if (m.matches()) {
        int month = monthOf(m.group(2));
        if (month > 0) {
          return of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        }
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such day: " + text, e);
    }
    throw new IllegalArgumentException("not a date in the form dd/mm/yyyy (B.E.): " + text);
  }

  private static LocalDate of(int buddhistYear, int month, int day) {
    if (buddhistYear < 2400 || buddhistYear > 2700) {
      throw new IllegalArgumentException("the year must be Buddhist era (e.g. 2569): " + buddhistYear);
    }
    return LocalDate.of(toCommonEra(buddhistYear), month, day);
  }

  private static int monthOf(String name) {
    for (int i = 0; i < 12; i++) {
      if (THAI_MONTHS[i].equals(name) || THAI_MONTHS_SHORT[i].equals(name)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isThai(Locale locale) {
    return locale == null || "th".equals(locale.getLanguage());
  }
}
