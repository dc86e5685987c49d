package th.obec.esa.ict.traffic.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The session as the record keeps it: a SHA-256 of its id. A live session id is a bearer
 * credential (whoever holds it is signed in), so the raw id would turn every reader of the record
 * or of a backup into a possible impostor; the hash still ties together all the lines of one
 * session, which is what an investigation needs, and cannot be turned back into the id.
 */
public final class SessionHash {

  private SessionHash() {}

  /** @return the hex SHA-256 of the id, or null when there is no session */
  public static String of(String sessionId) {
    if (sessionId == null || sessionId.isEmpty()) {
      return null;
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(sessionId.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
