package th.obec.esa.ict.reports.year;

import java.util.List;

/** Section 5: the F01 data-collection returns per central system, and their total. */
public record ReturnSection(List<ReturnRow> rows, ReturnRow total) {

  public ReturnSection {
    rows = List.copyOf(rows);
  }

  public boolean empty() {
    return rows.isEmpty();
  }
}
