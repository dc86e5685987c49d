package th.obec.esa.ict.records.collection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.regex.Pattern;
import th.obec.esa.ict.platform.text.ThaiDigits;

/**
 * The rules of F01 returns, pure so they are tested without a server. Days are the office's
 * calendar days: a return sent at 23:59 Bangkok time on the due date is on time.
 */
public final class ReturnRules {

  /** OBEC school codes: the 10-digit code, or the older 8-digit one (percode). */
  private static final Pattern SCHOOL_CODE = Pattern.compile("\\d{8}|\\d{10}");

  private ReturnRules() {}

  /**
   * @param dueDate the round's due date
   * @param submittedAt when the return was sent, or null
   * @param today the office's today
   */
  public static ReturnState state(LocalDate dueDate, OffsetDateTime submittedAt, LocalDate today, ZoneId zone) {
    if (submittedAt != null) {
      LocalDate sent = submittedAt.atZoneSameInstant(zone).toLocalDate();
      return sent.isAfter(dueDate) ? ReturnState.LATE : ReturnState.SUBMITTED;
    }
    return today.isAfter(dueDate) ? ReturnState.OVERDUE : ReturnState.WAITING;
  }

  /** The school code with Thai digits read as Arabic and spaces/dashes removed, or null when not 8 or 10 digits. */
  public static String schoolCode(String text) {
    if (text == null) {
      return null;
    }
    String code = ThaiDigits.toArabic(text).replaceAll("[\\s\\-]", "");
    return SCHOOL_CODE.matcher(code).matches() ? code : null;
  }

  /** How many days a return is overdue today (0 when it is not). */
  public static long daysOverdue(LocalDate dueDate, LocalDate today) {
    return today.isAfter(dueDate) ? java.time.temporal.ChronoUnit.DAYS.between(dueDate, today) : 0;
  }

  /** The counts of a set of returns. */
  public static Tally tally(Collection<ReturnState> states) {
    int onTime = 0;
    int late = 0;
    int overdue = 0;
    int waiting = 0;
    for (ReturnState s : states) {
      switch (s) {
        case SUBMITTED -> onTime++;
        case LATE -> late++;
        case OVERDUE -> overdue++;
        case WAITING -> waiting++;
        default -> throw new IllegalStateException(String.valueOf(s));
      }
    }
    return new Tally(states.size(), onTime, late, overdue, waiting);
  }

  /** Counts of expected returns by state. */
  public record Tally(int expected, int onTime, int late, int overdue, int waiting) {

    public int sent() {
      return onTime + late;
    }

    /** The share sent (on time or late), in percent with one decimal; 0 when nothing is expected. */
    public double percentComplete() {
      return expected == 0 ? 0 : Math.round(sent() * 1000.0 / expected) / 10.0;
    }

    public Tally plus(Tally o) {
      return new Tally(expected + o.expected, onTime + o.onTime, late + o.late, overdue + o.overdue,
          waiting + o.waiting);
    }
  }
}
