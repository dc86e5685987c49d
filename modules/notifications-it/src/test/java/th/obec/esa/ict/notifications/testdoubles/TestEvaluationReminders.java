package th.obec.esa.ict.notifications.testdoubles;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.time.OffsetDateTime;
import java.util.List;
import th.obec.esa.ict.evaluation.api.EvaluationReminders;
import th.obec.esa.ict.evaluation.api.EvaluationToAnswer;

/** Evaluation's {@link EvaluationReminders}: none to answer in the module test. */
@Stateless
@Local(EvaluationReminders.class)
public class TestEvaluationReminders implements EvaluationReminders {

  @Override
  public List<EvaluationToAnswer> toAnswer(String uid, OffsetDateTime from, OffsetDateTime to) {
    return List.of();
  }
}
