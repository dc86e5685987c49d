package th.obec.esa.ict.traffic.chain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import th.obec.esa.ict.core.integrity.ChainKey;
import th.obec.esa.ict.traffic.api.TrafficEntry;
import th.obec.esa.ict.traffic.api.TrafficKind;

/**
 * The chain's SQL, on a connection the caller owns (and commits): plain JDBC because the record is
 * append-only and large, so batch inserts and forward-only cursors matter more than an entity
 * model. Used by the EJBs inside their transactions and, unchanged, by the benchmark.
 */
public final class ChainStore {

  static final String INSERT = "INSERT INTO trf_record (seq, occurred_at, kind, user_uid, attempted_uid, "
      + "acting_for_uid, source_addr, source_port, service, http_method, url, http_status, bytes_sent, duration_ms, "
      + "session_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** The columns of a stored row, in the order {@link #row(ResultSet)} reads them. */
  public static final String COLUMNS = "seq, occurred_at, kind, user_uid, attempted_uid, acting_for_uid, source_addr, "
      + "source_port, service, http_method, url, http_status, bytes_sent, duration_ms, session_hash, row_hash";

  private ChainStore() {}

  /**
   * Appends the entries to the chain in one batch: locks the head row (so instances sharing the
   * database append in turn and seq stays gapless), hashes each entry onto the previous one,
   * inserts, moves the head. The caller commits.
   *
   * @return the new head
   */
  public static ChainHead append(Connection c, List<TrafficEntry> entries) throws SQLException {
    return append(c, entries, ChainKey.configured());
  }

  /** The same, signing the new head with the key (its MAC goes with the head row). */
  public static ChainHead append(Connection c, List<TrafficEntry> entries, ChainKey key) throws SQLException {
    ChainHead head = lockHead(c);
    if (entries.isEmpty()) {
      return head;
    }
    long keyedFrom = keyedFrom(c);
    ChainLink link = new ChainLink(key, keyedFrom);
    long seq = head.seq();
    String hash = head.hash();
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (TrafficEntry e : entries) {
        seq++;
        hash = link.next(hash, seq, e);
        ps.setLong(1, seq);
        ps.setObject(2, e.at());
        ps.setString(3, e.kind().name());
        ps.setString(4, e.uid());
        ps.setString(5, e.attemptedUid());
        ps.setString(6, e.actingFor());
        ps.setString(7, e.sourceAddr());
        ps.setInt(8, e.sourcePort());
        ps.setString(9, e.service());
        ps.setString(10, e.method());
        ps.setString(11, e.url());
        setInt(ps, 12, e.status());
        setLong(ps, 13, e.bytes());
        setLong(ps, 14, e.durationMs());
        ps.setString(15, e.sessionHash());
        ps.setString(16, hash);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE trf_chain SET last_seq = ?, last_hash = ?, head_mac = ? WHERE id = 1")) {
      ps.setLong(1, seq);
      ps.setString(2, hash);
      ps.setString(3, key.headMac(seq, hash, keyedFrom));
      ps.executeUpdate();
    }
    return new ChainHead(seq, hash);
  }

  /** Reads the head and holds its row lock until the caller's transaction ends. */
  public static ChainHead lockHead(Connection c) throws SQLException {
    return head(c, " FOR UPDATE");
  }

  public static ChainHead head(Connection c) throws SQLException {
    return head(c, "");
  }

  private static ChainHead head(Connection c, String suffix) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM trf_chain WHERE id = 1" + suffix);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("trf_chain has no head row: the V6_1 migration did not run");
      }
      return new ChainHead(rs.getLong(1), rs.getString(2));
    }
  }

  /** Streams the rows with seq in [from, to] in seq order to the consumer. */
  public static void rows(Connection c, long from, long to, Consumer<ChainRow> consumer) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM trf_record WHERE seq BETWEEN ? AND ? ORDER BY seq")) {
      ps.setFetchSize(5000);
      ps.setLong(1, from);
      ps.setLong(2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          consumer.accept(row(rs));
        }
      }
    }
  }

  /** The stored row at the cursor (columns as {@link #COLUMNS}). */
  public static ChainRow row(ResultSet rs) throws SQLException {
    TrafficEntry e = new TrafficEntry(rs.getObject(2, OffsetDateTime.class), TrafficKind.valueOf(rs.getString(3)),
        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9),
        rs.getString(10), rs.getString(11), (Integer) nullable(rs, rs.getInt(12)), (Long) nullable(rs, rs.getLong(13)),
        (Long) nullable(rs, rs.getLong(14)), rs.getString(15));
    return new ChainRow(rs.getLong(1), e, rs.getString(16));
  }

  /**
   * The first seq whose link is keyed ({@code trf_chain.keyed_from}, set by V6_3 to the seq after
   * the head of that moment: 1 on a new database). Rows before it keep their SHA-256 links.
   */
  public static long keyedFrom(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT keyed_from FROM trf_chain WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("trf_chain has no head row: the V6_1 migration did not run");
      }
      return rs.getLong(1);
    }
  }

  /**
   * Whether the stored head's MAC is the key's for its seq, hash and keyed boundary. A head signed
   * before V6_3 (without the boundary) is accepted only while no row is keyed yet.
   */
  public static boolean headSigned(Connection c, ChainKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT last_seq, last_hash, head_mac, keyed_from FROM trf_chain WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return false;
      }
      long seq = rs.getLong(1);
      long keyedFrom = rs.getLong(4);
      // an empty chain has nothing to sign yet
      return seq == 0 || ChainKey.same(key.headMac(seq, rs.getString(2), keyedFrom), rs.getString(3))
          || keyedFrom > seq && ChainKey.same(key.headMac(seq, rs.getString(2)), rs.getString(3));
    }
  }

  /** The purge anchors at or after seq, each judged by its MAC. */
  public static List<PurgeRange> purgesFrom(Connection c, long seq, ChainKey key) throws SQLException {
    List<PurgeRange> found = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT first_seq, last_seq, last_hash, anchor_mac FROM trf_purge WHERE last_seq >= ? ORDER BY first_seq")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(judged(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), key));
        }
      }
    }
    return found;
  }

  static PurgeRange judged(long first, long last, String hash, String mac, ChainKey key) {
    PurgeRange.Trust trust = mac == null ? PurgeRange.Trust.UNSIGNED
        : ChainKey.same(key.purgeMac(first, last, hash), mac) ? PurgeRange.Trust.SIGNED : PurgeRange.Trust.FORGED;
    return new PurgeRange(first, last, hash, trust);
  }

  /**
   * The nearest point before {@code seq} whose hash is known: the row before it, or the end of a
   * purge range, or the genesis. Rows between that point and seq are missing.
   */
  public static ChainHead anchorBefore(Connection c, long seq, ChainKey key) throws SQLException {
    ChainHead best = new ChainHead(0, ChainHash.GENESIS);
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT seq, row_hash FROM trf_record WHERE seq = (SELECT MAX(seq) FROM trf_record WHERE seq < ?)")) {
      ps.setLong(1, seq);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          best = new ChainHead(rs.getLong(1), rs.getString(2));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT first_seq, last_seq, last_hash, anchor_mac FROM trf_purge WHERE last_seq < ? ORDER BY last_seq DESC")) {
      ps.setLong(1, seq);
      ps.setMaxRows(50);
      try (ResultSet rs = ps.executeQuery()) {
        // the nearest anchor that the key signed: a forged purge row is no anchor
        while (rs.next() && rs.getLong(2) > best.seq()) {
          PurgeRange p = judged(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), key);
          if (p.trust() != PurgeRange.Trust.FORGED) {
            best = new ChainHead(p.lastSeq(), p.lastHash());
            break;
          }
        }
      }
    }
    return best;
  }

  /** The smallest seq of a row at or after the time, or -1. */
  public static long firstSeqFrom(Connection c, OffsetDateTime from) throws SQLException {
    return oneLong(c, "SELECT MIN(seq) FROM trf_record WHERE occurred_at >= ?", from);
  }

  /** The largest seq of a row before the time, or -1. */
  public static long lastSeqBefore(Connection c, OffsetDateTime to) throws SQLException {
    return oneLong(c, "SELECT MAX(seq) FROM trf_record WHERE occurred_at < ?", to);
  }

  private static long oneLong(Connection c, String sql, OffsetDateTime at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, at);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          long v = rs.getLong(1);
          return rs.wasNull() ? -1 : v;
        }
        return -1;
      }
    }
  }

  private static Object nullable(ResultSet rs, Object value) throws SQLException {
    return rs.wasNull() ? null : value;
  }

  private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }
}
