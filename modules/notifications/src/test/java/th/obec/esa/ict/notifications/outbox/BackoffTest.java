package th.obec.esa.ict.notifications.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void doublesFromOneMinuteUpToAnHourAndStaysThere() {
    assertEquals(Duration.ofMinutes(1), Backoff.after(0));
    assertEquals(Duration.ofMinutes(1), Backoff.after(1));
    assertEquals(Duration.ofMinutes(2), Backoff.after(2));
    assertEquals(Duration.ofMinutes(4), Backoff.after(3));
    assertEquals(Duration.ofMinutes(32), Backoff.after(6));
    assertEquals(Duration.ofHours(1), Backoff.after(7));
    assertEquals(Duration.ofHours(1), Backoff.after(1000));
  }

  @Test
  void aDigestIsKeyedByPersonAndDayAndAnEventMailByPersonAndEvent() {
    LocalDate day = LocalDate.of(2026, 12, 7);
    assertEquals("digest:2026-12-07:khwansiri", MailKeys.digest("khwansiri", day));
    assertEquals(MailKeys.digest("khwansiri", day), MailKeys.digest("khwansiri", LocalDate.parse("2026-12-07")));
    assertNotEquals(MailKeys.digest("khwansiri", day), MailKeys.digest("khwansiri", day.plusDays(1)));
    assertNotEquals(MailKeys.digest("khwansiri", day), MailKeys.digest("nanphat", day));
    assertNotEquals(MailKeys.waiting("nanphat", 1050), MailKeys.decided("nanphat", 1050));
    assertNotEquals(MailKeys.waiting("nanphat", 1050), MailKeys.waiting("nanphat", 1100));
  }
}
