package th.obec.esa.ict.core.audit;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.crypto.Mac;
import th.obec.esa.ict.core.integrity.ChainKey;

/**
 * The audit trail's chain, the same scheme as the traffic record's: entry n's link is
 * {@code HMAC-SHA256(chain key, link(n-1) || "\n" || canonical(n))}, starting from 64 zeros, with
 * the key kept outside the database ({@link ChainKey}). The canonical text is one line of
 * '|'-separated fields in a fixed order ('\' and '|' escaped, null as {@code \N}), the time as its
 * UTC instant so H2 and PostgreSQL read back the same text.
 *
 * <p>{@link Verifier} walks the chained entries in seq order, one at a time, and reports what does
 * not hold, first broken link first.
 */
public final class AuditChain {

  /** The link before entry 1. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String canonical(long seq, OffsetDateTime at, String actorUid, String actingForUid, String basis,
      String action, String subjectType, String subjectId, String detail) {
    StringBuilder b = new StringBuilder(256);
    b.append(seq);
    field(b, at.toInstant().toString());
    field(b, actorUid);
    field(b, actingForUid);
    field(b, basis);
    field(b, action);
    field(b, subjectType);
    field(b, subjectId);
    field(b, detail);
    return b.toString();
  }

  static String canonical(long seq, AuditEntry e) {
    return canonical(seq, e.getAt(), e.getActorUid(), e.getActingForUid(), e.getBasis(), e.getAction(),
        e.getSubjectType(), e.getSubjectId(), e.getDetail());
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

  /** A stored chained entry as verification reads it. */
  public record Row(long seq, String canonical, String prevLink, String link) {}

  /**
   * What verification found wrong.
   *
   * @param kind CHANGED: the entry (first = last) does not match its link, or its stored previous link
   *     is not the link of the entry before it: it was changed after writing; MISSING: entries first..last
   *     are gone (audit entries are never purged); HEAD_MISMATCH: the last entry is not the one the head
   *     says was written last; HEAD_UNSIGNED: the head's MAC is not the chain key's
   */
  public record Finding(Kind kind, long firstSeq, long lastSeq) {

    public enum Kind { CHANGED, MISSING, HEAD_MISMATCH, HEAD_UNSIGNED }
  }

  /**
   * The outcome of verifying the audit chain.
   *
   * @param headSeq the chain head's seq when verification began (entries written later are not checked)
   * @param entriesChecked chained entries read and linked
   * @param beforeChain entries written before the chain began (V1_2), not protected by it
   * @param findings what is wrong, in seq order; at most {@link Verifier#MAX_FINDINGS}
   * @param totalFindings how many findings there were in all
   */
  public record Report(long headSeq, long entriesChecked, long beforeChain, List<Finding> findings,
      long totalFindings) {

    public Report {
      findings = List.copyOf(findings);
    }

    @JsonbProperty("intact")
    public boolean isIntact() {
      return totalFindings == 0;
    }

    /** The first broken link: the seq of the first finding, or -1 when the chain holds. */
    @JsonbProperty("firstBrokenSeq")
    public long getFirstBrokenSeq() {
      return findings.isEmpty() ? -1 : findings.get(0).firstSeq();
    }
  }

  /** The head of the chain for the daily anchor: last seq, its link, and how many entries the table holds. */
  public record Head(long seq, String link, long entries) {}

  /** Walks chained entries in seq order, from seq 1. One instance per verification, one thread. */
  public static final class Verifier {

    /** Findings beyond this many are counted but not listed. */
    public static final int MAX_FINDINGS = 1000;

    private final Mac mac;
    private final List<Finding> findings = new ArrayList<>();
    private long totalFindings;
    private long expected = 1;
    private String previous = GENESIS;
    private long rows;

    public Verifier(ChainKey key) {
      this.mac = key.newMac();
    }

    public void accept(Row row) {
      if (row.seq() < expected) {
        return;
      }
      if (row.seq() > expected) {
        add(new Finding(Finding.Kind.MISSING, expected, row.seq() - 1));
        previous = null;
      }
      boolean follows = previous == null || previous.equals(row.prevLink());
      boolean linked = row.prevLink() != null && row.link() != null
          && ChainKey.same(ChainKey.link(mac, row.prevLink(), row.canonical()), row.link());
      if (!follows || !linked) {
        add(new Finding(Finding.Kind.CHANGED, row.seq(), row.seq()));
      }
      previous = row.link();
      expected = row.seq() + 1;
      rows++;
    }

    /**
     * Ends the walk at the head.
     *
     * @param headSigned whether the head's MAC is the key's
     */
    public Report finish(long headSeq, String headLink, boolean headSigned, long beforeChain) {
      if (expected <= headSeq) {
        add(new Finding(Finding.Kind.MISSING, expected, headSeq));
      } else if (headSeq > 0 && previous != null && !previous.equals(headLink)) {
        add(new Finding(Finding.Kind.HEAD_MISMATCH, headSeq, headSeq));
      }
      if (!headSigned) {
        add(new Finding(Finding.Kind.HEAD_UNSIGNED, headSeq, headSeq));
      }
      List<Finding> ordered = new ArrayList<>(findings);
      ordered.sort(Comparator.comparingLong(Finding::firstSeq));
      return new Report(headSeq, rows, beforeChain, ordered, totalFindings);
    }

    private void add(Finding f) {
      totalFindings++;
      if (findings.size() < MAX_FINDINGS) {
        findings.add(f);
      }
    }
  }
}
