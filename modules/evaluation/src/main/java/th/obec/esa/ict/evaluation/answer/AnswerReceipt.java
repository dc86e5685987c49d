package th.obec.esa.ict.evaluation.answer;

import java.time.OffsetDateTime;

/** What a respondent is told after answering. */
public record AnswerReceipt(long responseId, long evaluationId, OffsetDateTime submittedAt) {}
