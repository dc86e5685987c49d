package th.obec.esa.ict.evaluation.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An evaluation's result for another module's report.
 *
 * @param formCode "F11", "F18", "F19", "F20" or "F22"
 * @param state "OPEN" or "CLOSED"
 * @param openedOn the day it opened (Bangkok)
 * @param closedOn the day it closed, null while open
 * @param overallMean all ratings pooled, 2 decimals; null without answers
 * @param overallSd sample SD of all ratings pooled, 2 decimals; null below two ratings
 * @param bandThai e.g. "มาก"; null without answers
 * @param bandEnglish e.g. "high"; null without answers
 */
public record EvaluationOutcome(long id, String formCode, String title, String subject, int fiscalYear,
    String state, LocalDate openedOn, LocalDate closedOn, long respondents, BigDecimal overallMean,
    BigDecimal overallSd, String bandThai, String bandEnglish) {}
