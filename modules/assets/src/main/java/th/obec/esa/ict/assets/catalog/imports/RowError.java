package th.obec.esa.ict.assets.catalog.imports;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Why one row of an import file was rejected: the row number as the user sees it, the column,
 * and a message key with its arguments (rendered from the {@code ast} bundle).
 */
public record RowError(int row, String column, String key, Object... args) implements Serializable {

  public RowError {
    args = args == null ? new Object[0] : args.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowError r && r.row == row && java.util.Objects.equals(r.column, column)
        && r.key.equals(key) && Arrays.equals(r.args, args);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(row, column, key, Arrays.hashCode(args));
  }

  @Override
  public String toString() {
    return "row " + row + " " + column + ": " + key + " " + Arrays.toString(args);
  }
}
