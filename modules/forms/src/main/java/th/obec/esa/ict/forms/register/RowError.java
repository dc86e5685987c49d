package th.obec.esa.ict.forms.register;

import java.io.Serializable;
import java.util.List;

/**
 * Why one row of a register file was refused.
 *
 * @param line the row as the spreadsheet numbers it: the header is line 1
 * @param column the column's name ({@link RegisterColumn#header()}), or null for the row as a whole
 * @param key a message key ({@code forms.register.dateInvalid})
 * @param args the message's arguments, as text
 */
public record RowError(int line, String column, String key, List<String> args) implements Serializable {

  public RowError {
    args = List.copyOf(args);
  }

  static RowError of(int line, RegisterColumn column, String key, Object... args) {
    return new RowError(line, column == null ? null : column.header(), key,
        java.util.Arrays.stream(args).map(String::valueOf).toList());
  }
}
