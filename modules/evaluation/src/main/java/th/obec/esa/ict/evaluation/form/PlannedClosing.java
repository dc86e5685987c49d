package th.obec.esa.ict.evaluation.form;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDate;
import java.util.logging.Logger;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Closes evaluations after their planned closing date, a few minutes past midnight (Bangkok),
 * so that an officer need not remember to; the audit shows the system as the actor.
 */
@Singleton
public class PlannedClosing {

  @jakarta.inject.Inject
  private th.obec.esa.ict.core.api.JobRuns runs;

  /** The actor recorded in the audit for closings made by the schedule. */
  public static final Actor SYSTEM = Actor.self("system:evaluation");

  private static final Logger LOG = Logger.getLogger(PlannedClosing.class.getName());

  @EJB
  private EvaluationService evaluations;

  @Schedule(hour = "0", minute = "5", timezone = OfficeTime.ZONE_ID, persistent = false)
  void nightly() {
    LocalDate today = LocalDate.now(OfficeTime.ZONE);
    if (!runs.claim("evaluation.planned-closing", today)) {
      return;
    }
    var closed = evaluations.closeDue(today, SYSTEM);
    if (!closed.isEmpty()) {
      LOG.info(() -> "evaluations closed on their planned date: " + closed);
    }
    runs.finished("evaluation.planned-closing", today, "closed " + closed.size());
  }
}
