package th.obec.esa.ict.traffic.api;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of the traffic record before it is chained. The compact constructor bounds every
 * text to its column, so that an over-long URL or user name can never make a batch fail (and
 * with it the record of a thousand other requests); times are kept to the millisecond so the
 * chained text reads back from any database exactly as it was hashed.
 *
 * @param at when it happened, with its offset
 * @param uid the signed-in user, null for anonymous requests and failed sign-ins
 * @param attemptedUid the user name typed at a failed sign-in (kept because the law asks to
 *     identify who tried), null otherwise
 * @param actingFor the person the user acted for, or null
 * @param status HTTP status, null for sign-in events
 * @param bytes bytes sent in the response body, null for sign-in events
 * @param durationMs time to answer, null for sign-in events
 * @param sessionHash {@link SessionHash#of(String)} of the session id, never the id itself
 */
public record TrafficEntry(OffsetDateTime at, TrafficKind kind, String uid, String attemptedUid, String actingFor,
    String sourceAddr, int sourcePort, String service, String method, String url, Integer status, Long bytes,
    Long durationMs, String sessionHash) {

  public static final int UID_LENGTH = 64;
  public static final int ADDR_LENGTH = 45;
  public static final int SERVICE_LENGTH = 16;
  public static final int METHOD_LENGTH = 10;
  public static final int URL_LENGTH = 1000;
  public static final int SESSION_LENGTH = 64;

  public TrafficEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    at = at.truncatedTo(ChronoUnit.MILLIS);
    uid = cut(uid, UID_LENGTH);
    attemptedUid = cut(attemptedUid, UID_LENGTH);
    actingFor = cut(actingFor, UID_LENGTH);
    sourceAddr = sourceAddr == null || sourceAddr.isEmpty() ? "unknown" : cut(sourceAddr, ADDR_LENGTH);
    service = service == null || service.isEmpty() ? "web" : cut(service, SERVICE_LENGTH);
    method = cut(method, METHOD_LENGTH);
    url = cut(url, URL_LENGTH);
    sessionHash = cut(sessionHash, SESSION_LENGTH);
  }

  /** A request answered by the application. */
  public static TrafficEntry request(OffsetDateTime at, String uid, String actingFor, String sourceAddr,
      int sourcePort, String service, String method, String url, int status, long bytes, long durationMs,
      String sessionHash) {
    return new TrafficEntry(at, TrafficKind.REQUEST, uid, null, actingFor, sourceAddr, sourcePort, service, method,
        url, status, bytes, durationMs, sessionHash);
  }

  /** A sign-in, failed sign-in or sign-out: who, from where, in which session. */
  public static TrafficEntry event(OffsetDateTime at, TrafficKind kind, String uid, String attemptedUid,
      String sourceAddr, int sourcePort, String service, String sessionHash) {
    return new TrafficEntry(at, kind, uid, attemptedUid, null, sourceAddr, sourcePort, service, null, null, null,
        null, null, sessionHash);
  }

  /** The record of {@code count} lines the full queue dropped since the last such line. */
  public static TrafficEntry gap(OffsetDateTime at, long count) {
    return new TrafficEntry(at, TrafficKind.GAP, null, null, null, "local", 0, "traffic", null,
        "dropped " + count + " lines: the capture queue was full", null, count, null, null);
  }

  private static String cut(String s, int max) {
    if (s == null) {
      return null;
    }
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }
}
