package th.obec.esa.ict.traffic.chain;

/**
 * A run of rows the retention job removed, and the hash of its last row: the anchor from which
 * the rows after it are verified again. A gap in seq that no purge range explains is a deletion.
 * {@code trust} says whether the anchor carries a valid MAC of the chain key: a purge row forged
 * in the database cannot, so it explains nothing.
 */
public record PurgeRange(long firstSeq, long lastSeq, String lastHash, Trust trust) {

  /** Whether the stored anchor is signed with the chain key. */
  public enum Trust {
    /** Its MAC is the chain key's. */
    SIGNED,
    /** Written before anchors were signed (no MAC): reported, still followed. */
    UNSIGNED,
    /** A MAC that is not the key's: forged or altered; not followed. */
    FORGED
  }

  /** An anchor as the purge job makes it (it signs it when it stores it). */
  public PurgeRange(long firstSeq, long lastSeq, String lastHash) {
    this(firstSeq, lastSeq, lastHash, Trust.SIGNED);
  }
}
