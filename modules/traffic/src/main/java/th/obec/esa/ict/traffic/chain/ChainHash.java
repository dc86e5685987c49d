package th.obec.esa.ict.traffic.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import th.obec.esa.ict.traffic.api.TrafficEntry;

/**
 * The chain's arithmetic: {@code hash(n) = SHA-256(hash(n-1) || "\n" || canonical(n))}, hex. The
 * canonical text is one line of '|'-separated fields in a fixed order, with '\' and '|' escaped and
 * null written {@code \N}, so that no two different rows share a text; the time is the UTC
 * instant, so the same row reads back the same from H2 (which keeps the offset) and PostgreSQL
 * (which does not).
 */
public final class ChainHash {

  /** The "previous hash" of row 1. */
  public static final String GENESIS = "0".repeat(64);

  private ChainHash() {}

  public static String canonical(long seq, TrafficEntry e) {
    StringBuilder b = new StringBuilder(256);
    b.append(seq);
    field(b, e.at().toInstant().toString());
    field(b, e.kind().name());
    field(b, e.uid());
    field(b, e.attemptedUid());
    field(b, e.actingFor());
    field(b, e.sourceAddr());
    field(b, Integer.toString(e.sourcePort()));
    field(b, e.service());
    field(b, e.method());
    field(b, e.url());
    field(b, e.status() == null ? null : e.status().toString());
    field(b, e.bytes() == null ? null : e.bytes().toString());
    field(b, e.durationMs() == null ? null : e.durationMs().toString());
    field(b, e.sessionHash());
    return b.toString();
  }

  public static String next(String previousHash, long seq, TrafficEntry e) {
    return next(sha256(), previousHash, seq, e);
  }

  /** The same with a digest the caller reuses over a batch (creating one per row costs more than hashing). */
  static String next(MessageDigest sha, String previousHash, long seq, TrafficEntry e) {
    sha.reset();
    sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) '\n');
    sha.update(canonical(seq, e).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void field(StringBuilder b, String value) {
    b.append('|');
    if (value == null) {
      b.append("\\N");
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '|') {
        b.append('\\');
      }
      b.append(c);
    }
  }
}
