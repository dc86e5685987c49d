package th.obec.esa.ict.reports.port;

import java.time.LocalDate;

/**
 * One case of a work process: a filed request, an evaluation, a return round, a study or an improvement.
 *
 * @param kind SUBMISSION, EVALUATION, RETURN_ROUND, STUDY or IMPROVEMENT (with id, the key of the case)
 * @param number its running number as printed; null when it has none
 * @param stateCode the source's state code (SUBMITTED, CLOSED…)
 * @param stateGroup OPEN, IN_PROGRESS, DONE or REFUSED
 * @param date the day it was filed or opened
 * @param reportAvailable whether its printed report can be produced now
 */
public record CaseLine(String kind, long id, String formCode, String number, String title, String stateCode,
    String stateTh, String stateEn, String stateGroup, LocalDate date, boolean reportAvailable) {}
