package th.obec.esa.ict.organization.importing;

import java.util.List;

/** One row of the file as the user sees it in a spreadsheet: its 1-based number and its cells. */
public record FileRow(int number, List<String> cells) {

  public FileRow {
    cells = List.copyOf(cells);
  }

  public String cell(int index) {
    if (index < 0 || index >= cells.size()) {
      return "";
    }
    String c = cells.get(index);
    return c == null ? "" : c.strip();
  }

  public boolean isBlank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
