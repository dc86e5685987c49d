package th.obec.esa.ict.platform.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Breaks Thai text into lines of a given width. Thai writes words without spaces, so a layout
 * engine that breaks only at spaces overflows or cuts a word (or a vowel from its consonant);
 * the JDK's dictionary-based line breaker for Thai finds the word boundaries.
 */
public final class ThaiLineBreaker {

  private static final Locale THAI = Locale.forLanguageTag("th-TH");

  private ThaiLineBreaker() {}

  /**
   * @param width measures a piece of text, in the same unit as the limits
   * @param firstLimit the width of the first line (smaller when it is indented)
   * @param limit the width of the following lines
   */
  public static List<String> lines(String text, ToDoubleFunction<String> width, double firstLimit, double limit) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    BreakIterator it = BreakIterator.getLineInstance(THAI);
    it.setText(text);
    StringBuilder line = new StringBuilder();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String piece = text.substring(start, end);
      double max = out.isEmpty() ? firstLimit : limit;
      if (line.length() > 0 && width.applyAsDouble(line + piece.stripTrailing()) > max) {
        out.add(line.toString().stripTrailing());
        line.setLength(0);
        piece = piece.stripLeading();
      }
      line.append(piece);
      max = out.isEmpty() ? firstLimit : limit;
      while (width.applyAsDouble(line.toString().stripTrailing()) > max && line.length() > 1) {
        int cut = fit(line.toString(), width, max);
        out.add(line.substring(0, cut));
        line.delete(0, cut);
        max = limit;
      }
    }
    if (!line.toString().isBlank()) {
      out.add(line.toString().stripTrailing());
    }
    return out;
  }

  /** The longest prefix of an unbreakable run that fits, never splitting a mark from its base. */
  private static int fit(String s, ToDoubleFunction<String> width, double max) {
    BreakIterator chars = BreakIterator.getCharacterInstance(THAI);
    chars.setText(s);
    int best = chars.next();
    for (int end = chars.next(); end != BreakIterator.DONE; end = chars.next()) {
      if (width.applyAsDouble(s.substring(0, end)) > max) {
        break;
      }
      best = end;
    }
    return best;
  }
}
