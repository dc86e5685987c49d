package th.obec.esa.ict.reports.port;

import java.util.List;
import java.util.Set;

/**
 * The recent cases of a work process, from one source. Several sources implement it (the forms
 * module's submissions, the evaluations, the records); the reports module asks them all and
 * merges. A source answers only for the forms it knows and returns an empty list for the others.
 * A case is filed under one process: a source whose cases name their process (the requests)
 * answers with those filed under the process asked for only; a source whose forms each serve one
 * process only (evaluations, records) may answer by the forms.
 */
public interface CasesPort {

  /**
   * @param process the work process's number
   * @param formCodes the forms the process uses
   * @param max at most this many, newest first
   */
  List<CaseLine> cases(int process, Set<String> formCodes, int max);
}
