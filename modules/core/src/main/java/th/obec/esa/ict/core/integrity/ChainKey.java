package th.obec.esa.ict.core.integrity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The secret that keys the application's tamper-evident chains (HMAC-SHA256): every link of the
 * traffic record and of the audit trail, their signed heads, the traffic purge anchors and the
 * daily anchor lines. It is never in the database, so whoever can write the tables cannot make a
 * link, a head or an anchor that verifies: it comes from
 * MicroProfile Config {@value #KEY} (environment {@code ICT_TRAFFIC_CHAIN_KEY}, at least 32
 * characters), else from the file {@value #FILE} in the data folder ({@code ict.data.dir}),
 * created once with owner-only permissions. Read once per application start (a new key needs a
 * restart). Rotation: docs/operations.md and docs/traffic.md ("Rotating the chain key").
 */
public final class ChainKey {

  public static final String KEY = "ict.traffic.chain-key";
  public static final String FILE = "traffic-chain.key";

  private final byte[] secret;

  public ChainKey(byte[] secret) {
    if (secret == null || secret.length < 32) {
      throw new IllegalArgumentException("the chain key needs at least 32 bytes");
    }
    this.secret = secret.clone();
  }

  private static volatile ChainKey cached;

  /** The configured key, or the data folder's key file (made on first use); read once, then kept. */
  public static ChainKey configured() {
    ChainKey k = cached;
    if (k == null) {
      k = read();
      cached = k;
    }
    return k;
  }

  private static ChainKey read() {
    Config config = ConfigProvider.getConfig();
    Optional<String> value = config.getOptionalValue(KEY, String.class).filter(s -> !s.isBlank());
    if (value.isPresent()) {
      return new ChainKey(value.get().getBytes(StandardCharsets.UTF_8));
    }
    Path dir = Path.of(config.getOptionalValue("ict.data.dir", String.class)
        .orElse(System.getProperty("user.home") + "/ict-intranet-data"));
    return fromFile(dir.resolve(FILE));
  }

  public static synchronized ChainKey fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.writeString(file, HexFormat.of().formatHex(fresh) + "\n", StandardCharsets.US_ASCII,
            StandardOpenOption.CREATE_NEW);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the folder's own permissions guard it
        }
      }
      return new ChainKey(Files.readString(file, StandardCharsets.US_ASCII).strip().getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("the traffic chain key file " + file + " cannot be read or made", e);
    }
  }

  /** HMAC-SHA256 of the text, hex. */
  public String mac(String text) {
    return HexFormat.of().formatHex(newMac().doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A fresh HMAC-SHA256 instance keyed with this key, for a caller that links many rows in a row
   * (one {@code Mac} per batch costs less than one per row). Not thread-safe: one per thread.
   */
  public Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  /**
   * One keyed link of a chain: {@code HMAC-SHA256(key, previous || "\n" || canonical)}, hex. The
   * same arithmetic for the traffic record and the audit trail; each defines its canonical text.
   *
   * @param mac from {@link #newMac()} (reset here before use)
   */
  public static String link(Mac mac, String previous, String canonical) {
    mac.reset();
    mac.update(previous.getBytes(StandardCharsets.US_ASCII));
    mac.update((byte) '\n');
    mac.update(canonical.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(mac.doFinal());
  }

  /** The same with a Mac made for this one link. */
  public String link(String previous, String canonical) {
    return link(newMac(), previous, canonical);
  }

  /** The MAC of a purge anchor: which rows went, the hash of the last, how many. */
  public String purgeMac(long firstSeq, long lastSeq, String lastHash) {
    return mac("purge|" + firstSeq + "|" + lastSeq + "|" + lastHash);
  }

  /** The MAC of the traffic chain head as V6_2 signed it: the last row written and its hash. */
  public String headMac(long seq, String hash) {
    return mac("head|" + seq + "|" + hash);
  }

  /**
   * The MAC of the traffic chain head since V6_3: the last row, its link, and the first seq whose
   * link is keyed (rows before it keep their SHA-256 links), so moving that boundary breaks the head.
   */
  public String headMac(long seq, String hash, long keyedFrom) {
    return mac("head|" + seq + "|" + hash + "|keyed-from=" + keyedFrom);
  }

  /** The MAC of the audit trail's chain head: its last seq and link. */
  public String auditHeadMac(long seq, String link) {
    return mac("audit-head|" + seq + "|" + link);
  }

  /** Compares two MACs in constant time; a null never matches. */
  public static boolean same(String a, String b) {
    return a != null && b != null && java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
        b.getBytes(StandardCharsets.US_ASCII));
  }
}
