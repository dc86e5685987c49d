package th.obec.esa.ict.reports.process;

import th.obec.esa.ict.reports.port.CaseLine;

/**
 * One case as a process page lists it.
 *
 * @param reportKind the kind of its printed report (MEMO, F12, F15, F17; null for none), see
 *     {@link ProcessReport#ofCase}; whether it can be printed now is {@code line.reportAvailable()}
 */
public record CaseView(CaseLine line, String reportKind) {

  public static CaseView of(CaseLine line) {
    return new CaseView(line, ProcessReport.ofCase(line.kind()));
  }
}
