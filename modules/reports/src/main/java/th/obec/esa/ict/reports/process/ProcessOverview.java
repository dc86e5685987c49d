package th.obec.esa.ict.reports.process;

import java.util.List;

/**
 * One work process on the overview page.
 *
 * @param formCodes the forms it uses (empty for processes 1, 3, 4)
 * @param counts its cases per state group, over the latest {@link ProcessCasesService#WINDOW} cases of each source
 * @param newest its newest cases, at most {@link ProcessCasesService#NEWEST}
 * @param reports the generated reports that apply to it
 */
public record ProcessOverview(int number, String nameTh, String nameEn, List<String> formCodes, StateCounts counts,
    List<CaseView> newest, List<ProcessReport> reports) {

  public ProcessOverview {
    formCodes = List.copyOf(formCodes);
    newest = List.copyOf(newest);
    reports = List.copyOf(reports);
  }
}
