package th.obec.esa.ict.web.records;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.records.improvement.IndicatorInput;
import th.obec.esa.ict.records.improvement.IndicatorView;

/**
 * One editable row of the indicators table of an F16 (a mutable bean because the table edits
 * it in place). The change and % change are the saved record's, shown after a save only.
 */
public class IndicatorRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private BigDecimal before;
  private BigDecimal after;
  private String unit;
  private BigDecimal change;
  private BigDecimal percentChange;

  public IndicatorRow() {}

  static IndicatorRow of(IndicatorView v) {
    IndicatorRow r = new IndicatorRow();
    r.name = v.name();
    r.before = v.before();
    r.after = v.after();
    r.unit = v.unit();
    r.change = v.change();
    r.percentChange = v.percentChange();
    return r;
  }

  /** A row nobody typed into: left out when saving, so an added and forgotten row is no error. */
  public boolean isBlank() {
    return (name == null || name.isBlank()) && before == null && after == null && (unit == null || unit.isBlank());
  }

  /** The rows to save: the typed ones, in order. */
  public static List<IndicatorInput> inputs(List<IndicatorRow> rows) {
    List<IndicatorInput> out = new ArrayList<>();
    for (IndicatorRow r : rows) {
      if (!r.isBlank()) {
        out.add(new IndicatorInput(strip(r.name), r.before, r.after, strip(r.unit)));
      }
    }
    return out;
  }

  /** The rows of a saved record, with its computed change. */
  public static List<IndicatorRow> rows(List<IndicatorView> views) {
    List<IndicatorRow> out = new ArrayList<>();
    if (views != null) {
      views.forEach(v -> out.add(of(v)));
    }
    return out;
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public BigDecimal getBefore() { return before; }
  public void setBefore(BigDecimal v) { before = v; change = null; percentChange = null; }
  public BigDecimal getAfter() { return after; }
  public void setAfter(BigDecimal v) { after = v; change = null; percentChange = null; }
  public String getUnit() { return unit; }
  public void setUnit(String v) { unit = v; }
  public BigDecimal getChange() { return change; }
  public BigDecimal getPercentChange() { return percentChange; }
}
