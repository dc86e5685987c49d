package th.obec.esa.ict.forms.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.workflow.State;

/**
 * The arithmetic of a period's figures, pure so every case is unit-tested. The requests are a
 * cohort: those filed in the period, counted by where they stand now.
 */
public final class FiguresRules {

  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  /** One filed request: its form, state, and when it was filed and closed. */
  public record Filed(FormCode form, State state, OffsetDateTime createdAt, OffsetDateTime closedAt) {}

  /** One lent asset: due back, out, back. */
  public record Lent(LocalDate until, LocalDate handedOut, LocalDate returned) {}

  private FiguresRules() {}

  public static List<OutcomeLine> outcomes(List<Filed> filed) {
    Map<FormCode, int[]> counts = new EnumMap<>(FormCode.class);
    Map<FormCode, long[]> closing = new EnumMap<>(FormCode.class);
    for (Filed f : filed) {
      if (f.state() == State.DRAFT) {
        continue;
      }
      int[] c = counts.computeIfAbsent(f.form(), k -> new int[6]);
      c[0]++;
      switch (f.state()) {
        case APPROVED, IN_PROGRESS -> {
          c[1]++;
          c[5]++;
        }
        case DONE -> {
          c[1]++;
          c[4]++;
        }
        case REJECTED -> c[2]++;
        case RETURNED, WITHDRAWN -> c[3]++;
        case SUBMITTED, REVIEWED, CORRECTION -> c[5]++;
        default -> throw new IllegalStateException("unknown state " + f.state());
      }
      if (f.state().isFinal() && f.closedAt() != null && f.createdAt() != null) {
        long[] t = closing.computeIfAbsent(f.form(), k -> new long[2]);
        t[0] += Duration.between(f.createdAt(), f.closedAt()).getSeconds();
        t[1]++;
      }
    }
    List<OutcomeLine> out = new ArrayList<>();
    counts.forEach((form, c) -> {
      long[] t = closing.getOrDefault(form, new long[2]);
      out.add(new OutcomeLine(form, c[0], c[1], c[2], c[3], c[4], c[5], meanDays(t[0], (int) t[1])));
    });
    return out;
  }

  /** From filing to done, over the done ones only: how long a finished job took (a repair, say). */
  public static BigDecimal meanDaysToComplete(List<Filed> filed) {
    long seconds = 0;
    int done = 0;
    for (Filed f : filed) {
      if (f.state() == State.DONE && f.closedAt() != null && f.createdAt() != null) {
        seconds += Duration.between(f.createdAt(), f.closedAt()).getSeconds();
        done++;
      }
    }
    return meanDays(seconds, done);
  }

  static BigDecimal meanDays(long seconds, int count) {
    return count == 0 ? null
        : BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(count)), 2,
            RoundingMode.HALF_UP);
  }

  public static YearFigures.Loans loans(List<Lent> lent, LocalDate today) {
    int out = 0;
    int back = 0;
    int late = 0;
    int overdue = 0;
    for (Lent l : lent) {
      if (l.handedOut() == null) {
        continue;
      }
      out++;
      if (l.returned() != null) {
        back++;
        if (l.returned().isAfter(l.until())) {
          late++;
        }
      } else if (today.isAfter(l.until())) {
        overdue++;
      }
    }
    return new YearFigures.Loans(out, back, late, overdue);
  }
}
