package th.obec.esa.ict.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import th.obec.esa.ict.forms.submission.SubmissionView;

/**
 * An F06 with everything recorded: the submission (state, number, chain), the edition, the
 * items, the totals against the reference prices, and the assets registered from it.
 */
public record SpecView(SubmissionView submission, long editionId, String editionName, BigDecimal total,
    BigDecimal referenceTotal, List<SpecItemView> items, List<CreatedAsset> assets) implements Serializable {

  public long id() {
    return submission.id();
  }
}
