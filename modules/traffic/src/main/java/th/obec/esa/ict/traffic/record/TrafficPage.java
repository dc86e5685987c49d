package th.obec.esa.ict.traffic.record;

import java.util.List;

/** One page of a search, newest first, and how many lines match in all. */
public record TrafficPage(List<TrafficRow> rows, long total) {

  public TrafficPage {
    rows = List.copyOf(rows);
  }
}
