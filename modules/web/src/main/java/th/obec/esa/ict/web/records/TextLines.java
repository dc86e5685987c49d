package th.obec.esa.ict.web.records;

import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.records.collection.SubmitterInput;
import th.obec.esa.ict.records.collection.SubmitterKind;

/**
 * The textareas of the records pages, one entry a line: a team (one name a line) and expected
 * submitters ("code name", "code,name" or "code&lt;tab&gt;name", as pasted from a spreadsheet).
 * Blank lines are skipped so an officer may leave gaps; the services check what is left.
 */
public final class TextLines {

  private TextLines() {}

  /** The non-blank lines, trimmed, in order. */
  public static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String line : text.split("\\R")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** One entry a line, for a textarea. */
  public static String join(List<String> entries) {
    return entries == null ? "" : String.join("\n", entries);
  }

  /**
   * Submitters of one kind, one a line: the code is everything before the first comma, tab or
   * space, the name the rest (a line with no name keeps an empty one, refused by the service
   * with the line's code in the message).
   */
  public static List<SubmitterInput> submitters(String text, SubmitterKind kind) {
    List<SubmitterInput> out = new ArrayList<>();
    for (String line : lines(text)) {
      int cut = firstSeparator(line);
      String code = cut < 0 ? line : line.substring(0, cut).strip();
      String name = cut < 0 ? "" : line.substring(cut + 1).strip();
      out.add(new SubmitterInput(kind, code, name));
    }
    return out;
  }

  private static int firstSeparator(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ',' || c == '\t' || Character.isWhitespace(c)) {
        return i;
      }
    }
    return -1;
  }
}
