package th.obec.esa.ict.delegation.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import th.obec.esa.ict.platform.time.OfficeTime;

/** The real time for the module; tests replace it by an alternative to test expiry to the second. */
@ApplicationScoped
public class SystemClock {

  @Produces
  @DelegationTime
  public Clock clock() {
    return OfficeTime.clock();
  }
}
