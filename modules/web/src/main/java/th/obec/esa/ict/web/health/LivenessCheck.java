package th.obec.esa.ict.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has memory to spare: a process that cannot allocate should be restarted. */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

  private static final double MAX_USED = 0.95;

  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    double ratio = (double) used / rt.maxMemory();
    return HealthCheckResponse.named("memory")
        .status(ratio < MAX_USED)
        .withData("usedMiB", used / (1024 * 1024))
        .withData("maxMiB", rt.maxMemory() / (1024 * 1024))
        .build();
  }
}
