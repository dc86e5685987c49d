package th.obec.esa.ict.evaluation.api;

import java.time.LocalDate;

/**
 * An evaluation as a line of another module's list.
 *
 * @param state "DRAFT", "OPEN" or "CLOSED"
 * @param openedOn null while a draft
 * @param closedOn null until closed
 */
public record EvaluationCase(long id, String formCode, String title, String subject, int fiscalYear, String state,
    LocalDate openedOn, LocalDate closedOn, long respondents) {}
