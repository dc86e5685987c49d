package th.obec.esa.ict.forms.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The real time in the office's zone: a grant's days are the office's calendar days. */
@ApplicationScoped
public class AccessClock {

  public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Bangkok");

  @Produces
  @AccessTime
  public Clock clock() {
    return Clock.system(OFFICE_ZONE);
  }
}
