package th.obec.esa.ict.platform.text;

/**
 * The one rule every CSV export follows for a cell's text. A cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by spreadsheet programs as
 * a formula (CSV / formula injection: a failed sign-in with the user name {@code =2+5} would run
 * in the auditor's spreadsheet), so it gets a leading apostrophe, which spreadsheets show as text.
 * Numbers the application itself writes (amounts, ids, a negative balance) go out unchanged
 * through {@link #number(Number)}; only text goes through {@link #text(String)}.
 */
public final class CsvCells {

  private CsvCells() {}

  /** The text as a safe cell (without CSV quoting, which the writer adds); null stays null. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return dangerous(value.charAt(0)) ? "'" + value : value;
  }

  /** Any value: numbers as they are, everything else by its text through {@link #text(String)}. */
  public static Object cell(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return text(value.toString());
  }

  /** A number the application wrote itself: never neutralised (a minus sign is not a formula). */
  public static String number(Number value) {
    return value == null ? null : value.toString();
  }

  /** One RFC 4180 field: safe text, quoted when it holds a comma, a quote or a line break. */
  public static String quoted(String value) {
    String v = text(value);
    if (v == null) {
      return "";
    }
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  static boolean dangerous(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
