package th.obec.esa.ict.core.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-04T09:00:00Z");
  private static final Duration WINDOW = Duration.ofMinutes(15);

  @Test
  void belowTheLimitThereIsNothingToWait() {
    assertEquals(Duration.ZERO, SignInThrottle.wait(List.of(NOW, NOW, NOW, NOW), 5, WINDOW, NOW));
  }

  @Test
  void atTheLimitTheCallerWaitsUntilTheFifthNewestFailureLeavesTheWindow() {
    List<OffsetDateTime> newestFirst = List.of(NOW.minusMinutes(1), NOW.minusMinutes(2), NOW.minusMinutes(3),
        NOW.minusMinutes(4), NOW.minusMinutes(10), NOW.minusMinutes(14));
    assertEquals(Duration.ofMinutes(5), SignInThrottle.wait(newestFirst, 5, WINDOW, NOW));
  }

  @Test
  void userIdsCountAlikeWhateverTheirCase() {
    assertEquals("director", SignInThrottle.uidKey("  Director "));
    assertNull(SignInThrottle.uidKey(" "));
    assertEquals("unknown", SignInThrottle.addrKey(null));
  }
}
