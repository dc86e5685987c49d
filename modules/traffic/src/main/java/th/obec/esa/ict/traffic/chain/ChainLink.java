package th.obec.esa.ict.traffic.chain;

import java.security.MessageDigest;
import javax.crypto.Mac;
import th.obec.esa.ict.core.integrity.ChainKey;
import th.obec.esa.ict.traffic.api.TrafficEntry;

/**
 * How the link of row {@code seq} follows from the link before it. Since V6_3 a link is keyed:
 * {@code HMAC-SHA256(chain key, previous || "\n" || canonical(seq, row))}, so nobody without the
 * key, the database's own user included, can make a changed row or a rewritten stretch verify.
 * Rows written before V6_3 ({@code seq < keyedFrom}, stored in {@code trf_chain.keyed_from}) keep
 * their SHA-256 links ({@link ChainHash#next}) and are verified as such; the boundary itself is
 * part of the signed head, so it cannot be moved without the key either.
 *
 * <p>Holds one {@code Mac} and one digest: one instance per batch or verification, one thread.
 */
public final class ChainLink {

  private final long keyedFrom;
  private final Mac mac;
  private final MessageDigest sha = ChainHash.sha256();

  /**
   * @param key the chain key (may be null only when no row is keyed, {@code keyedFrom == Long.MAX_VALUE})
   * @param keyedFrom the first seq whose link is keyed
   */
  public ChainLink(ChainKey key, long keyedFrom) {
    if (key == null && keyedFrom != Long.MAX_VALUE) {
      throw new IllegalArgumentException("keyed links need the chain key");
    }
    this.keyedFrom = keyedFrom;
    this.mac = key == null ? null : key.newMac();
  }

  /** Links as before V6_3 (SHA-256 only), for rows that were never keyed. */
  public static ChainLink unkeyed() {
    return new ChainLink(null, Long.MAX_VALUE);
  }

  public long keyedFrom() {
    return keyedFrom;
  }

  /** The link of row {@code seq} given the link of the row before it. */
  public String next(String previous, long seq, TrafficEntry e) {
    return seq >= keyedFrom ? ChainKey.link(mac, previous, ChainHash.canonical(seq, e))
        : ChainHash.next(sha, previous, seq, e);
  }
}
