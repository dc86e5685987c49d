package th.obec.esa.ict.forms.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.workflow.State;

/**
 * The arithmetic of an F10 summary, pure so every case is unit-tested: each event counts in the
 * period it happened in ([from, to)), a request filed in one month and closed in the next counts
 * as received in the first and completed in the second.
 */
public final class SummaryRules {

  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private SummaryRules() {}

  public static List<FormLine> lines(List<RequestFacts> facts, OffsetDateTime from, OffsetDateTime to) {
    Map<FormCode, Acc> byForm = new EnumMap<>(FormCode.class);
    for (RequestFacts f : facts) {
      Acc a = byForm.computeIfAbsent(f.form(), k -> new Acc());
      if (within(f.filedAt(), from, to)) {
        a.received++;
      }
      if (within(f.decidedAt(), from, to) && f.filedAt() != null) {
        a.decided++;
        a.decisionSeconds += Duration.between(f.filedAt(), f.decidedAt()).getSeconds();
      }
      if (within(f.closedAt(), from, to) && f.filedAt() != null) {
        if (f.state() == State.DONE) {
          a.completed++;
          long s = Duration.between(f.filedAt(), f.closedAt()).getSeconds();
          a.closeSeconds += s;
          a.maxCloseSeconds = Math.max(a.maxCloseSeconds, s);
        } else if (f.state() == State.RETURNED) {
          a.returned++;
        }
      }
    }
    List<FormLine> out = new ArrayList<>();
    byForm.forEach((form, a) -> {
      if (a.received + a.decided + a.completed + a.returned > 0) {
        out.add(new FormLine(form, form.thaiName(), a.received, a.decided, a.completed, a.returned,
            mean(a.decisionSeconds, a.decided, SECONDS_PER_HOUR), mean(a.closeSeconds, a.completed, SECONDS_PER_DAY),
            a.completed == 0 ? null : BigDecimal.valueOf(a.maxCloseSeconds).divide(SECONDS_PER_DAY, 2,
                RoundingMode.HALF_UP)));
      }
    });
    return out;
  }

  static boolean within(OffsetDateTime t, OffsetDateTime from, OffsetDateTime to) {
    return t != null && !t.isBefore(from) && t.isBefore(to);
  }

  private static BigDecimal mean(long seconds, int count, BigDecimal unit) {
    if (count == 0) {
      return null;
    }
    return BigDecimal.valueOf(seconds).divide(unit.multiply(BigDecimal.valueOf(count)), 2, RoundingMode.HALF_UP);
  }

  private static final class Acc {
    int received;
    int decided;
    int completed;
    int returned;
    long decisionSeconds;
    long closeSeconds;
    long maxCloseSeconds;
  }
}
