package th.obec.esa.ict.forms.access;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Ends expired access grants in the record every night just after midnight (office time).
 * Non-persistent and idempotent, so each cluster member may run it; access has already stopped at
 * midnight by the time checks alone, this makes the list and the summaries say so.
 */
@Singleton
public class AccessExpiry {

  @jakarta.inject.Inject
  private th.obec.esa.ict.core.api.JobRuns runs;

  private static final Logger LOG = Logger.getLogger(AccessExpiry.class.getName());

  @EJB
  private AccessService access;

  @Schedule(hour = "0", minute = "5", timezone = OfficeTime.ZONE_ID, persistent = false)
  void run() {
    java.time.LocalDate today = java.time.LocalDate.now(OfficeTime.ZONE);
    if (!runs.claim("forms.access-expiry", today)) {
      return;
    }
    int ended = access.expireDue();
    if (ended > 0) {
      LOG.info(() -> "access grants ended at expiry: " + ended);
    }
    runs.finished("forms.access-expiry", today, "ended " + ended);
  }
}
