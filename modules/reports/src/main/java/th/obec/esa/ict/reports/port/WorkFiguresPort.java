package th.obec.esa.ict.reports.port;

import java.time.LocalDate;

/** The requests filed with the ICT group (forms module) in a period, counted per form. */
public interface WorkFiguresPort {

  /**
   * @param from the first day, inclusive
   * @param to the last day, inclusive
   * @return the request counts, repair, loan and account figures of the requests received in the period
   */
  WorkFigures figures(LocalDate from, LocalDate to);
}
