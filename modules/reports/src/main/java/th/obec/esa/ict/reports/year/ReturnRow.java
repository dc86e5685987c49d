package th.obec.esa.ict.reports.year;

import java.math.BigDecimal;

/**
 * The F01 returns of one central system, or their total (system null, systemNameTh "รวม").
 *
 * @param percentComplete returned (on time or late) of expected; null when nothing was expected
 * @param percentOnTime returned on time of expected; null when nothing was expected
 */
public record ReturnRow(String system, String systemNameTh, int rounds, int expected, int onTime, int late,
    int overdue, int waiting, BigDecimal percentComplete, BigDecimal percentOnTime) {

  public int returned() {
    return onTime + late;
  }
}
