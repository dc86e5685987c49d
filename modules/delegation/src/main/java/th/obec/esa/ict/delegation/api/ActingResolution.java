package th.obec.esa.ict.delegation.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Who acts for a power in a unit at a time, and how that was found: {@code actorUid} (null when
 * nobody is available, not even up the line), on which {@link Basis}, whether it went up to the
 * superior ({@code escalated}), and every person looked at on the way.
 */
public record ActingResolution(String power, String unitCode, OffsetDateTime at, String actorUid, String actorName,
    Basis basis, boolean escalated, List<PathStep> path) implements Serializable {

  public ActingResolution {
    path = List.copyOf(path);
  }

  public boolean found() {
    return actorUid != null;
  }
}
