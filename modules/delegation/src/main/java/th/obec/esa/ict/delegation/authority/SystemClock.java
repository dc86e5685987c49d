package th.obec.esa.ict.delegation.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The real time for the module; tests replace it by an alternative to test expiry to the second. */
@ApplicationScoped
public class SystemClock {

  /** The office's time zone: orders are in force by its calendar date. */
  public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Bangkok");

  @Produces
  @DelegationTime
  public Clock clock() {
    return Clock.system(OFFICE_ZONE);
  }
}
