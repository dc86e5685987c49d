package th.obec.esa.ict.organization.importing;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What an import found and did. A report with a fatal anomaly describes a file that was not
 * saved at all; {@code savedOrderId} is set only when the order was saved.
 */
public record ImportReport(String fileName, String orderNumber, int persons, int dutyLines, int standIns,
    int newStaff, int referencedOnly, List<ImportAnomaly> anomalies, Long savedOrderId) implements Serializable {

  public ImportReport {
    anomalies = List.copyOf(anomalies);
  }

  public boolean isFatal() {
    return anomalies.stream().anyMatch(ImportAnomaly::isFatal);
  }

  /** The first fatal finding: the row and reason the page shows when a file is refused. */
  public Optional<ImportAnomaly> firstFatal() {
    return anomalies.stream().filter(ImportAnomaly::isFatal).findFirst();
  }

  public long count(AnomalyCode code) {
    return anomalies.stream().filter(a -> a.code() == code).count();
  }

  public ImportReport saved(long orderId) {
    return new ImportReport(fileName, orderNumber, persons, dutyLines, standIns, newStaff, referencedOnly, anomalies, orderId);
  }
}
