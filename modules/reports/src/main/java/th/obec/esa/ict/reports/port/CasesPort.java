package th.obec.esa.ict.reports.port;

import java.util.List;
import java.util.Set;

/**
 * The recent cases of some forms, from one source. Several sources implement it (the forms
 * module's submissions, the evaluations, the records); the reports module asks them all and
 * merges. A source answers only for the forms it knows and returns an empty list for the others.
 */
public interface CasesPort {

  /**
   * @param formCodes the forms asked for
   * @param max at most this many, newest first
   */
  List<CaseLine> cases(Set<String> formCodes, int max);
}
