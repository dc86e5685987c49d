package th.obec.esa.ict.traffic.chain;

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
 * The secret that signs the traffic record's chain head and purge anchors (HMAC-SHA256). It is
 * never in the database, so whoever can write the tables cannot forge an anchor: it comes from
 * MicroProfile Config {@value #KEY} (environment {@code ICT_TRAFFIC_CHAIN_KEY}, at least 32
 * characters), else from the file {@value #FILE} in the data folder ({@code ict.data.dir}),
 * created once with owner-only permissions. Rotation: docs/traffic.md ("Rotating the chain key").
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

  /** The configured key, or the data folder's key file (made on first use). */
  public static ChainKey configured() {
    Config config = ConfigProvider.getConfig();
    Optional<String> value = config.getOptionalValue(KEY, String.class).filter(s -> !s.isBlank());
    if (value.isPresent()) {
      return new ChainKey(value.get().getBytes(StandardCharsets.UTF_8));
    }
    Path dir = Path.of(config.getOptionalValue("ict.data.dir", String.class)
        .orElse(System.getProperty("user.home") + "/ict-intranet-data"));
    return fromFile(dir.resolve(FILE));
  }

  static synchronized ChainKey fromFile(Path file) {
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
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  /** The MAC of a purge anchor: which rows went, the hash of the last, how many. */
  public String purgeMac(long firstSeq, long lastSeq, String lastHash) {
    return mac("purge|" + firstSeq + "|" + lastSeq + "|" + lastHash);
  }

  /** The MAC of the chain head: the last row written and its hash. */
  public String headMac(long seq, String hash) {
    return mac("head|" + seq + "|" + hash);
  }

  /** Compares two MACs in constant time; a null never matches. */
  public static boolean same(String a, String b) {
    return a != null && b != null && java.security.MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
        b.getBytes(StandardCharsets.US_ASCII));
  }
}
