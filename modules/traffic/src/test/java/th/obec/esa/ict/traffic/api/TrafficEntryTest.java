package th.obec.esa.ict.traffic.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TrafficEntryTest {

  private static final OffsetDateTime T = OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 123_456_789, ZoneOffset.ofHours(7));

  @Test
  void everyTextIsCutToItsColumnAndTheTimeToTheMillisecond() {
    TrafficEntry e = TrafficEntry.request(T, "u".repeat(100), null, "a".repeat(60), 1, "web-service-too-long",
        "VERYLONGMETHOD", "/x?" + "q".repeat(5000), 200, 10, 1, "h".repeat(70));
    assertEquals(64, e.uid().length());
    assertEquals(45, e.sourceAddr().length());
    assertEquals(16, e.service().length());
    assertEquals(10, e.method().length());
    assertEquals(TrafficEntry.URL_LENGTH, e.url().length());
    assertEquals(64, e.sessionHash().length());
    assertEquals(123_000_000, e.at().getNano());
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String url = "/".repeat(TrafficEntry.URL_LENGTH - 1) + "\uD83D\uDE00";
    TrafficEntry e = TrafficEntry.request(T, null, null, "1.1.1.1", 1, "web", "GET", url, 200, 0, 0, null);
    assertEquals(TrafficEntry.URL_LENGTH - 1, e.url().length());
  }

  @Test
  void aFailedSignInKeepsTheNameTypedAndNoUser() {
    TrafficEntry e = TrafficEntry.event(T, TrafficKind.SIGN_IN_FAILED, null, "nanphatt", "10.1.1.1", 5555, "web", null);
    assertNull(e.uid());
    assertEquals("nanphatt", e.attemptedUid());
    assertNull(e.status());
  }

  @Test
  void theSessionIsKeptAsAHashOnly() {
    String h = SessionHash.of("abc123");
    assertEquals(64, h.length());
    assertEquals("6ca13d52ca70c883e0f0bb101e425a89e8624de51db2d2392593af6a84118090", h);
    assertNull(SessionHash.of(null));
  }
}
