package th.obec.esa.ict.assets.catalog.imports;

import java.util.Map;

/**
 * One data row of an import file: its row number as the user sees it in the spreadsheet (the
 * header is row 1) and its cells by column name, as text.
 */
public record RawRow(int rowNumber, Map<String, String> cells) {

  public RawRow {
    cells = Map.copyOf(cells);
  }

  public String get(String column) {
    String v = cells.get(column);
    return v == null || v.isBlank() ? null : v.strip();
  }

  public boolean isBlank() {
    return cells.values().stream().allMatch(v -> v == null || v.isBlank());
  }
}
