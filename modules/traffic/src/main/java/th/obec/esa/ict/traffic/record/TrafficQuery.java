package th.obec.esa.ict.traffic.record;

import java.time.OffsetDateTime;
import th.obec.esa.ict.traffic.api.TrafficKind;

/**
 * A search of the record; every part optional.
 *
 * @param from lines at or after this instant
 * @param to lines before this instant
 * @param uid a user id, matched against the signed-in user, the user acted for and the name typed
 *     at a failed sign-in
 * @param sourceAddr an exact source address
 * @param kind one kind of event
 * @param urlContains text the URL contains
 */
public record TrafficQuery(OffsetDateTime from, OffsetDateTime to, String uid, String sourceAddr, TrafficKind kind,
    String urlContains) {

  public TrafficQuery {
    uid = blankToNull(uid);
    sourceAddr = blankToNull(sourceAddr);
    urlContains = blankToNull(urlContains);
  }

  /** A short text of the filters, for the audit trail. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    part(b, "from", from);
    part(b, "to", to);
    part(b, "uid", uid);
    part(b, "addr", sourceAddr);
    part(b, "kind", kind);
    part(b, "url", urlContains);
    return b.length() == 0 ? "all" : b.toString();
  }

  private static void part(StringBuilder b, String name, Object value) {
    if (value != null) {
      b.append(b.length() == 0 ? "" : " ").append(name).append('=').append(value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
