package th.obec.esa.ict.core.signin;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.core.schema.SchemaMigration;

/**
 * Slows a password guesser down before the directory's own lockout is reached: after {@code
 * ict.signin.max-per-uid} (5) failures for one user id, or {@code ict.signin.max-per-address} (20)
 * from one address, within {@code ict.signin.window-minutes} (15), further attempts for it are
 * refused without asking the directory until the oldest counted failure leaves the window.
 * The failures live in the database ({@code core_signin_failure}), so every instance of a cluster
 * sees the same count. A success clears the user id's failures. Each call has its own transaction:
 * a failure counts even when the caller's work rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInThrottle {

  static final String UID = "uid";
  static final String ADDR = "addr";

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  Clock clock = Clock.systemUTC();

  /** The limits in force (from MicroProfile Config, read each time so a test domain can lower them). */
  public record Limits(int perUid, int perAddress, Duration window) {
    static Limits configured() {
      Config c = ConfigProvider.getConfig();
      return new Limits(c.getOptionalValue("ict.signin.max-per-uid", Integer.class).orElse(5),
          c.getOptionalValue("ict.signin.max-per-address", Integer.class).orElse(20),
          Duration.ofMinutes(c.getOptionalValue("ict.signin.window-minutes", Integer.class).orElse(15)));
    }
  }

  /**
   * How long this user id or address must wait before the directory is asked again; zero when
   * it may try now.
   */
  public Duration retryAfter(String uid, String address) {
    Limits limits = Limits.configured();
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      Duration byUid = wait(recent(c, UID, uidKey(uid), now.minus(limits.window())), limits.perUid(),
          limits.window(), now);
      Duration byAddr = wait(recent(c, ADDR, addrKey(address), now.minus(limits.window())), limits.perAddress(),
          limits.window(), now);
      return byUid.compareTo(byAddr) >= 0 ? byUid : byAddr;
    } catch (SQLException e) {
      throw new IllegalStateException("the sign-in throttle could not be read", e);
    }
  }

  /** Counts a failed sign-in for the user id and the address, and forgets what left the window. */
  public void failed(String uid, String address) {
    Limits limits = Limits.configured();
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM core_signin_failure WHERE failed_at < ?")) {
        del.setObject(1, now.minus(limits.window()));
        del.executeUpdate();
      }
      try (PreparedStatement ins = c.prepareStatement(
          "INSERT INTO core_signin_failure (key_kind, key_value, failed_at) VALUES (?, ?, ?)")) {
        if (uid != null && !uid.isBlank()) {
          ins.setString(1, UID);
          ins.setString(2, uidKey(uid));
          ins.setObject(3, now);
          ins.addBatch();
        }
        ins.setString(1, ADDR);
        ins.setString(2, addrKey(address));
        ins.setObject(3, now);
        ins.addBatch();
        ins.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the sign-in throttle could not be written", e);
    }
  }

  /** A right password: the user id's failures no longer count. */
  public void succeeded(String uid) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement del = c.prepareStatement(
            "DELETE FROM core_signin_failure WHERE key_kind = ? AND key_value = ?")) {
      del.setString(1, UID);
      del.setString(2, uidKey(uid));
      del.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the sign-in throttle could not be written", e);
    }
  }

  private static List<OffsetDateTime> recent(Connection c, String kind, String key, OffsetDateTime since)
      throws SQLException {
    List<OffsetDateTime> at = new ArrayList<>();
    if (key == null) {
      return at;
    }
    try (PreparedStatement q = c.prepareStatement("SELECT failed_at FROM core_signin_failure"
        + " WHERE key_kind = ? AND key_value = ? AND failed_at >= ? ORDER BY failed_at DESC")) {
      q.setString(1, kind);
      q.setString(2, key);
      q.setObject(3, since);
      q.setMaxRows(1000);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          at.add(r.getObject(1, OffsetDateTime.class));
        }
      }
    }
    return at;
  }

  /**
   * With {@code newestFirst} failures in the window and a limit of {@code max}: none to wait
   * below the limit, else until the failure that keeps the count at the limit leaves the window.
   */
  static Duration wait(List<OffsetDateTime> newestFirst, int max, Duration window, OffsetDateTime now) {
    if (newestFirst.size() < max) {
      return Duration.ZERO;
    }
    OffsetDateTime freesAt = newestFirst.get(max - 1).plus(window);
    Duration d = Duration.between(now, freesAt);
    return d.isNegative() || d.isZero() ? Duration.ofSeconds(1) : d;
  }

  static String uidKey(String uid) {
    if (uid == null || uid.isBlank()) {
      return null;
    }
    String k = uid.trim().toLowerCase(Locale.ROOT);
    return k.length() > 64 ? k.substring(0, 64) : k;
  }

  static String addrKey(String address) {
    String a = address == null || address.isBlank() ? "unknown" : address.trim();
    return a.length() > 64 ? a.substring(0, 64) : a;
  }
}
