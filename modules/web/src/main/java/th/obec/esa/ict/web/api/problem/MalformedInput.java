package th.obec.esa.ict.web.api.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the field a JSON-B or parsing error is about, from the messages of its causes. */
final class MalformedInput {

  private static final Pattern PROPERTY = Pattern.compile("(?:property|field|parameter) '?([A-Za-z_][A-Za-z0-9_]*)'?");

  private MalformedInput() {}

  /** The limit when the body was cut off for being too large ({@code BodyTooLargeException}), else null. */
  static Long tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof th.obec.esa.ict.web.security.BodyTooLargeException b) {
        return b.max();
      }
    }
    return null;
  }

  static String field(Throwable e) {
    String found = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (m != null) {
        Matcher matcher = PROPERTY.matcher(m);
        while (matcher.find()) {
          found = found == null ? matcher.group(1) : found + "." + matcher.group(1);
        }
      }
    }
    return found;
  }
}
