package th.obec.esa.ict.assets.catalog;

import java.util.Locale;

/**
 * The normalised form of an item name. Editions reprint the same item under a new number each
 * year, so the name, not the number, is what ties an item to its predecessors.
 */
public final class Names {

  private Names() {}

  /** Trimmed, runs of white space (also no-break spaces) collapsed to one space, lower case. */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    return name.replace('\u00A0', ' ').replace('\u200B', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The user's search text as a LIKE pattern matching anywhere, with LIKE's own wildcards escaped
   * by {@code \}.
   */
  public static String containsPattern(String text) {
    String k = key(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + k + "%";
  }
}
