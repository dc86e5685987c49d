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

  private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s.]+)");

  /**
   * The field, also when JSON-B names only the type it could not make (an unknown enum value in a
   * record's constructor): the entity's record component of that type.
   */
  static String field(Throwable e, jakarta.ws.rs.container.ResourceInfo info) {
    String byMessage = field(e);
    if (byMessage != null || info == null || info.getResourceMethod() == null) {
      return byMessage;
    }
    String enumType = null;
    for (Throwable t = e; t != null && enumType == null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher m = ENUM.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        enumType = m.group(1);
      }
    }
    if (enumType == null) {
      return null;
    }
    for (java.lang.reflect.Parameter p : info.getResourceMethod().getParameters()) {
      if (p.getAnnotations().length == 0 && p.getType().isRecord()) {
        for (java.lang.reflect.RecordComponent c : p.getType().getRecordComponents()) {
          if (enumType.equals(c.getType().getCanonicalName()) || c.getGenericType().getTypeName().replace('$', '.').contains(enumType)) {
            return c.getName();
          }
        }
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
