package th.obec.esa.ict.reports.port;

import java.time.LocalDate;
import java.util.List;

/** The evaluations (F11, F18, F19, F20, F22) of the evaluation module. */
public interface EvaluationResultsPort {

  /** The evaluations open or closed in the period (their answering period overlaps it). */
  List<EvaluationLine> results(LocalDate from, LocalDate to);
}
