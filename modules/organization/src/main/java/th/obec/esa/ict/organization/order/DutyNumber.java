package th.obec.esa.ict.organization.order;

import java.util.regex.Pattern;
import th.obec.esa.ict.platform.text.ThaiDigits;

/**
 * The number of a duty as orders print it: "1.2.1" means person 1, duty 2, sub-duty 1. The first
 * part is the person's sequence in their unit, so "5.2.6" still tells whose duty it is when the
 * header was cut; the depth is the number of dots. Unnumbered lines under a duty ("-", "1.") are
 * item markers, not duty numbers.
 */
public final class DutyNumber {

  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)+");
  private static final Pattern ITEM = Pattern.compile("-|–|•|\\*|\\d+[.)]|\\(\\d+\\)|[ก-ฮ][.)]");

  private DutyNumber() {}

  /** Arabic digits, no spaces, no trailing dot: "๑.๒ " gives "1.2", "1.10." gives "1.10". */
  public static String normalize(String printed) {
    if (printed == null) {
      return null;
    }
    String s = ThaiDigits.toArabic(printed).replaceAll("\\s+", "");
    if (s.endsWith(".") && NUMBER.matcher(s.substring(0, s.length() - 1)).matches()) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** A numbered duty such as "1.1" or "5.2.10" (at least one dot), after normalising. */
  public static boolean isDutyNumber(String normalized) {
    return normalized != null && NUMBER.matcher(normalized).matches();
  }

  /** A list marker printed under a duty: "-", "1.", "(1)", "ก." … */
  public static boolean isItemMarker(String normalized) {
    return normalized != null && ITEM.matcher(normalized).matches();
  }

  /** Dots in the number: "1.1" is 1, "1.2.1" is 2. */
  public static int depth(String number) {
    return (int) number.chars().filter(c -> c == '.').count();
  }

  /** "1.2.1" gives "1.2"; a top-level duty such as "1.2" has no parent duty (its parent is the person). */
  public static String parent(String number) {
    int last = number.lastIndexOf('.');
    String parent = number.substring(0, last);
    return parent.indexOf('.') < 0 ? null : parent;
  }

  /** The person's sequence the number belongs to: "5.2.6" gives 5. */
  public static int sequence(String number) {
    return Integer.parseInt(number.substring(0, number.indexOf('.')));
  }

  /** Printed order: "1.2" before "1.2.1" before "1.10". */
  public static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
