package th.obec.esa.ict.web.traffic;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import th.obec.esa.ict.traffic.api.TrafficStats;
import th.obec.esa.ict.traffic.api.TrafficLog;

/**
 * The traffic capture in /health/ready: lines queued, written and dropped. Down while batches
 * fail to store, because an instance that cannot keep the record the law requires should not
 * take more traffic; dropped lines are shown so that a hole in the record is never silent.
 */
@Readiness
@ApplicationScoped
public class TrafficHealthCheck implements HealthCheck {

  @EJB
  private TrafficLog traffic;

  @Override
  public HealthCheckResponse call() {
    TrafficStats s = traffic.stats();
    return HealthCheckResponse.named("traffic-record")
        .status(s.lastError() == null)
        .withData("queued", s.queued())
        .withData("capacity", s.capacity())
        .withData("accepted", s.accepted())
        .withData("written", s.written())
        .withData("dropped", s.dropped())
        .withData("lastWrite", String.valueOf(s.lastWrite()))
        .withData("lastError", String.valueOf(s.lastError()))
        .build();
  }
}
