package th.obec.esa.ict.traffic.chain;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The outcome of verifying a stretch of the chain.
 *
 * @param from the start of the checked period as asked, or null for the chain's start
 * @param to the end of the checked period as asked, or null for now
 * @param firstSeq the first seq checked (0 when there was nothing to check)
 * @param lastSeq the last seq checked
 * @param rowsChecked rows read and hashed
 * @param findings what is wrong, in seq order; at most {@link ChainVerifier#MAX_FINDINGS}
 * @param totalFindings how many findings there were in all
 */
public record VerifyReport(OffsetDateTime from, OffsetDateTime to, long firstSeq, long lastSeq, long rowsChecked,
    List<Finding> findings, long totalFindings) {

  public VerifyReport {
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
