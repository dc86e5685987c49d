package th.obec.esa.ict.records.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import th.obec.esa.ict.platform.time.OfficeTime;

/** The real time in the office's zone: due dates are the office's calendar days. */
@ApplicationScoped
public class RecordsClock {

  @Produces
  @RecordsTime
  public Clock clock() {
    return OfficeTime.clock();
  }
}
