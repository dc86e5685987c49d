package th.obec.esa.ict.evaluation.api;

import java.time.OffsetDateTime;
import java.util.List;

/** Evaluations waiting for someone's answer: for reminders (the notifications). Read-only. */
public interface EvaluationReminders {

  /**
   * The evaluations open now, opened at or after {@code from} and before {@code to}, that this
   * person has not answered, newest first.
   */
  List<EvaluationToAnswer> toAnswer(String uid, OffsetDateTime from, OffsetDateTime to);
}
