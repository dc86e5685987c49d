package th.obec.esa.ict.reports.year;

import java.math.BigDecimal;
import java.util.List;

/**
 * Section 4: the evaluations open or closed in the year.
 *
 * @param respondents all respondents together
 * @param overallMean the evaluations' means weighted by their respondents; null when none has a mean
 * @param best the evaluation with the highest mean; null when none has a mean
 */
public record EvaluationSection(List<EvaluationRow> rows, int respondents, BigDecimal overallMean,
    String overallBandTh, EvaluationRow best) {

  public EvaluationSection {
    rows = List.copyOf(rows);
  }

  public boolean empty() {
    return rows.isEmpty();
  }
}
