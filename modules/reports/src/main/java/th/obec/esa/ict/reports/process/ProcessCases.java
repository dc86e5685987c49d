package th.obec.esa.ict.reports.process;

import java.util.List;

/**
 * One work process with its recent cases.
 *
 * @param counts the listed cases per state group
 * @param cases newest first, at most {@link ProcessCasesService#MAX_CASES}
 * @param reports the generated reports that apply to it (F21 for process 15…)
 */
public record ProcessCases(int number, String nameTh, String nameEn, List<String> formCodes, StateCounts counts,
    List<CaseView> cases, List<ProcessReport> reports) {

  public ProcessCases {
    formCodes = List.copyOf(formCodes);
    cases = List.copyOf(cases);
    reports = List.copyOf(reports);
  }
}
