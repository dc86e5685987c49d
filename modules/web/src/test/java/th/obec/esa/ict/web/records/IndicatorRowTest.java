package th.obec.esa.ict.web.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.records.improvement.IndicatorInput;
import th.obec.esa.ict.records.improvement.IndicatorView;

class IndicatorRowTest {

  private static IndicatorRow row(String name, String before, String after, String unit) {
    IndicatorRow r = new IndicatorRow();
    r.setName(name);
    r.setBefore(before == null ? null : new BigDecimal(before));
    r.setAfter(after == null ? null : new BigDecimal(after));
    r.setUnit(unit);
    return r;
  }

  @Test
  void blankRowsAreLeftOutAndTypedOnesKeptInOrderTrimmed() {
    List<IndicatorInput> in = IndicatorRow.inputs(List.of(
        row(" เวลาจัดทำรายงาน ", "5", "1", " วัน "), row(null, null, null, " "), row("", null, "3", null)));
    assertEquals(List.of(new IndicatorInput("เวลาจัดทำรายงาน", new BigDecimal("5"), new BigDecimal("1"), "วัน"),
        new IndicatorInput("", null, new BigDecimal("3"), null)), in);
  }

  @Test
  void savedRowsShowTheServicesChangeUntilAValueIsRetyped() {
    IndicatorView v = new IndicatorView("ความผิดพลาด", new BigDecimal("10"), new BigDecimal("2"), "ครั้ง",
        new BigDecimal("-8"), new BigDecimal("-80.0"));
    IndicatorRow r = IndicatorRow.rows(List.of(v)).get(0);
    assertEquals(new BigDecimal("-8"), r.getChange());
    assertEquals(new BigDecimal("-80.0"), r.getPercentChange());
    r.setAfter(new BigDecimal("4"));
    assertNull(r.getChange());
    assertNull(r.getPercentChange());
  }

  @Test
  void noSavedIndicatorsGiveNoRows() {
    assertEquals(0, IndicatorRow.rows(null).size());
  }
}
