package th.obec.esa.ict.traffic.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Walks stored rows in seq order and reports what does not hold: a row whose hash does not follow
 * from the row before it (changed), a gap in seq that no purge explains (deleted), a last row
 * that is not the chain head (removed or rewritten at the end). Fed one row at a time, so a
 * verification of months of traffic never holds more than one row in memory.
 *
 * <p>After a finding the walk goes on from the stored hash, so one changed row is reported once
 * and not as "everything after it".
 */
public final class ChainVerifier {

  /** Findings beyond this many are counted but not listed. */
  public static final int MAX_FINDINGS = 1000;

  private final ChainLink link;
  private final NavigableMap<Long, PurgeRange> purges = new TreeMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private long totalFindings;
  private long expected;
  private String previous;
  private long rows;
  private long firstChecked;
  private long lastChecked;

  /**
   * @param startSeq the seq the walk expects first
   * @param previousHash the hash of row {@code startSeq - 1} ({@link ChainHash#GENESIS} for row 1)
   * @param purgeRanges the purge ranges at or after startSeq, in any order
   * @param link how a row's link follows from the one before it (keyed from {@code trf_chain.keyed_from})
   */
  public ChainVerifier(long startSeq, String previousHash, List<PurgeRange> purgeRanges, ChainLink link) {
    this.link = link;
    this.expected = startSeq;
    this.previous = previousHash;
    for (PurgeRange p : purgeRanges) {
      purges.put(p.firstSeq(), p);
    }
  }

  /** A walk over rows that were never keyed (SHA-256 links only). */
  public ChainVerifier(long startSeq, String previousHash, List<PurgeRange> purgeRanges) {
    this(startSeq, previousHash, purgeRanges, ChainLink.unkeyed());
  }

  /** The chain head's signature, checked by the caller with the key: a wrong one is a finding. */
  public void headSigned(boolean valid, long headSeq) {
    if (!valid) {
      add(new Finding(Finding.Kind.HEAD_UNSIGNED, headSeq, headSeq));
    }
  }

  public void accept(ChainRow row) {
    skipTo(row.seq());
    if (row.seq() < expected) {
      return;
    }
    if (rows == 0) {
      firstChecked = row.seq();
    }
    if (previous != null && !link.next(previous, row.seq(), row.entry()).equals(row.hash())) {
      add(new Finding(Finding.Kind.CHANGED, row.seq(), row.seq()));
    }
    previous = row.hash();
    expected = row.seq() + 1;
    lastChecked = row.seq();
    rows++;
  }

  /**
   * Ends the walk at {@code lastSeq}, reporting rows missing before it.
   *
   * @param headSeq the chain head's seq, or -1 when the walk did not reach the head
   * @param headHash the chain head's hash when headSeq is given
   */
  public VerifyReport finish(java.time.OffsetDateTime from, java.time.OffsetDateTime to, long lastSeq, long headSeq,
      String headHash) {
    skipTo(lastSeq + 1);
    if (headSeq >= 0 && lastSeq == headSeq && previous != null && !previous.equals(headHash)) {
      add(new Finding(Finding.Kind.HEAD_MISMATCH, headSeq, headSeq));
    }
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(java.util.Comparator.comparingLong(Finding::firstSeq));
    return new VerifyReport(from, to, rows == 0 ? 0 : firstChecked, rows == 0 ? 0 : lastChecked, rows, ordered,
        totalFindings);
  }

  /** Passes over purged runs up to {@code seq}; what is left before it is missing. */
  private void skipTo(long seq) {
    while (expected < seq) {
      PurgeRange p = purges.get(expected);
      if (p != null && p.lastSeq() < seq && p.trust() == PurgeRange.Trust.FORGED) {
        // a purge row the key did not sign explains nothing: the rows are missing
        add(new Finding(Finding.Kind.FORGED_ANCHOR, p.firstSeq(), p.lastSeq()));
        p = null;
      } else if (p != null && p.lastSeq() < seq) {
        if (p.trust() == PurgeRange.Trust.UNSIGNED) {
          add(new Finding(Finding.Kind.UNSIGNED_ANCHOR, p.firstSeq(), p.lastSeq()));
        }
        previous = p.lastHash();
        expected = p.lastSeq() + 1;
        continue;
      }
      Long nextPurge = purges.ceilingKey(expected + 1);
      long end = nextPurge != null && nextPurge < seq ? nextPurge - 1 : seq - 1;
      add(new Finding(Finding.Kind.MISSING, expected, end));
      previous = null;
      expected = end + 1;
    }
  }

  private void add(Finding f) {
    totalFindings++;
    if (findings.size() < MAX_FINDINGS) {
      findings.add(f);
    }
  }
}
