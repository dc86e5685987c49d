package th.obec.esa.ict.forms.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import th.obec.esa.ict.platform.time.OfficeTime;

/** The real time in the office's zone: a grant's days are the office's calendar days. */
@ApplicationScoped
public class AccessClock {

  @Produces
  @AccessTime
  public Clock clock() {
    return OfficeTime.clock();
  }
}
