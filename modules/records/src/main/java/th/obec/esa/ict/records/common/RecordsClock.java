package th.obec.esa.ict.records.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The real time in the office's zone: due dates are the office's calendar days. */
@ApplicationScoped
public class RecordsClock {

  public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Bangkok");

  @Produces
  @RecordsTime
  public Clock clock() {
    return Clock.system(OFFICE_ZONE);
  }
}
