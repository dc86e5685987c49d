package th.obec.esa.ict.evaluation.api;

import java.io.Serializable;
import java.time.LocalDate;

/** An evaluation open now that a person has not answered. {@code plannedClose} may be null. */
public record EvaluationToAnswer(long evaluationId, String formCode, String title, LocalDate plannedClose)
    implements Serializable {}
