package th.obec.esa.ict.traffic.retention;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.traffic.chain.PurgeRange;

/**
 * Which rows go, as runs of consecutive seq. Fed the rows older than the cutoff in seq order; a
 * run ends at any row that stays (under an extension) and at any seq not fed (a newer row, or one
 * already gone), so each run is exactly a stretch of the chain and its last hash re-anchors the
 * rows after it.
 */
public final class PurgePlan {

  private final RetentionPolicy policy;
  private final OffsetDateTime now;
  private final List<ExtensionWindow> extensions;
  private final List<PurgeRange> runs = new ArrayList<>();
  private long runFirst = -1;
  private long runLast = -1;
  private String runLastHash;
  private long rows;

  public PurgePlan(RetentionPolicy policy, OffsetDateTime now, List<ExtensionWindow> extensions) {
    this.policy = policy;
    this.now = now;
    this.extensions = List.copyOf(extensions);
  }

  public void accept(long seq, OffsetDateTime at, String hash) {
    if (!policy.isPurgeable(at, now, extensions)) {
      close();
      return;
    }
    if (runFirst >= 0 && seq != runLast + 1) {
      close();
    }
    if (runFirst < 0) {
      runFirst = seq;
    }
    runLast = seq;
    runLastHash = hash;
    rows++;
  }

  public List<PurgeRange> runs() {
    close();
    return List.copyOf(runs);
  }

  public long rows() {
    return rows;
  }

  private void close() {
    if (runFirst >= 0) {
      runs.add(new PurgeRange(runFirst, runLast, runLastHash));
      runFirst = -1;
    }
  }
}
