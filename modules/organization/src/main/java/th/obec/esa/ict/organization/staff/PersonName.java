package th.obec.esa.ict.organization.staff;

import java.util.List;
import java.util.Locale;

/**
 * A Thai name as printed: title prefix (นาย, นาง, นางสาว …) glued to the given name, then the
 * family name, sometimes followed by "ตำแหน่ง…". Orders print names this way in every clause,
 * so one parser serves the import, the search and the stand-in clauses.
 */
public record PersonName(String prefix, String given, String family, String positionTitle) {

  /** Longest first, so that "นางสาว" is not read as "นาง" + "สาว…". */
  static final List<String> PREFIXES = List.of(
      "ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "นางสาว", "น.ส.", "นาง", "นาย", "ดร.", "Miss", "Mrs.", "Mr.", "Ms.");

  private static final String POSITION_WORD = "ตำแหน่ง";

  /** Reads "นางขวัญศิริ กองช่าง" or "นายจ๋านงค์ ด้วงทอง ตำแหน่งพนักงานธุรการ"; null or blank gives null. */
  public static PersonName parse(String printed) {
    if (printed == null || printed.isBlank()) {
      return null;
    }
    String s = printed.strip().replaceAll("\\s+", " ");
    String position = null;
    int p = s.indexOf(POSITION_WORD);
    if (p > 0) {
      position = s.substring(p + POSITION_WORD.length()).strip();
      s = s.substring(0, p).strip();
      if (position.isEmpty()) {
        position = null;
      }
    }
    String prefix = null;
    for (String candidate : PREFIXES) {
      if (s.startsWith(candidate)) {
        prefix = candidate;
        s = s.substring(candidate.length()).strip();
        break;
      }
    }
    int space = s.indexOf(' ');
    String given = space < 0 ? s : s.substring(0, space);
    String family = space < 0 ? null : s.substring(space + 1).strip();
    return new PersonName(prefix, given.isEmpty() ? null : given, family, position);
  }

  /** The name without a title, to compare two printings of one person ("นาง" or not, spaces or not). */
  public String key() {
    return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip().toLowerCase(Locale.ROOT);
  }

  public String full() {
    return ((prefix == null ? "" : prefix) + (given == null ? "" : given) + (family == null ? "" : " " + family)).strip();
  }

  /**
   * The key two spellings of one person share for directory matching: given and family name
   * without a leading title (นาย, นาง, นางสาว …), without any spacing (also zero-width and
   * non-breaking spaces), in Unicode NFC, lower case; empty when there is no given name.
   */
  public static String matchKey(String given, String family) {
    if (given == null || given.isBlank()) {
      return "";
    }
    String g = java.text.Normalizer.normalize(given, java.text.Normalizer.Form.NFC).strip();
    for (String candidate : PREFIXES) {
      if (g.startsWith(candidate) && g.length() > candidate.length()) {
        g = g.substring(candidate.length());
        break;
      }
    }
    String f = family == null ? "" : java.text.Normalizer.normalize(family, java.text.Normalizer.Form.NFC);
    return (g + f).replaceAll("[\\s\\u00A0\\u200B\\u200C\\u200D\\uFEFF]+", "").toLowerCase(Locale.ROOT);
  }

  /** The match key of a whole printed or displayed name ("นางขวัญศิริ  กองช่าง"). */
  public static String matchKey(String fullName) {
    PersonName n = parse(fullName);
    return n == null ? "" : matchKey(n.given(), n.family());
  }

  /** Strips a leading title from a search term, so "นางขวัญศิริ" finds ขวัญศิริ. */
  public static String withoutPrefix(String term) {
    for (String candidate : PREFIXES) {
      if (term.startsWith(candidate) && term.length() > candidate.length()) {
        return term.substring(candidate.length()).strip();
      }
    }
    return term;
  }
}
