package th.obec.esa.ict.assets.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The office's asset-number pattern, from configuration ({@code ict.assets.number-pattern}).
 * Tokens: {@code {class}} the four-digit FSN class (7440 for computers), {@code {group}} the
 * group or type code (digits), {@code {running:N}} the running number zero-padded to N digits,
 * {@code {yy}} / {@code {yyyy}} the Buddhist-era fiscal year in two or four digits. Anything else
 * is literal. The default {@value #DEFAULT} gives "7440-001-0001/66".
 */
public final class AssetNumberFormat {

  public static final String DEFAULT = "{class}-{group}-{running:4}/{yy}";

  private static final Pattern TOKEN = Pattern.compile("\\{(class|group|running(?::(\\d))?|yy|yyyy)}");

  /** The parts of an asset number. */
  public record Parts(String fsnClass, String group, int running, int fiscalYearBe) {}

  private final String pattern;
  private final List<Object> elements = new ArrayList<>();
  private final Pattern regex;
  private final int runningWidth;

  private AssetNumberFormat(String pattern) {
    this.pattern = pattern;
    Matcher m = TOKEN.matcher(pattern);
    StringBuilder re = new StringBuilder();
    int last = 0;
    int width = 0;
    boolean hasRunning = false;
    while (m.find()) {
      if (m.start() > last) {
        String literal = pattern.substring(last, m.start());
        elements.add(literal);
        re.append(Pattern.quote(literal));
      }
      String token = m.group(1);
      if (token.startsWith("running")) {
        if (hasRunning) {
          throw new IllegalArgumentException("an asset-number pattern holds {running} once: " + pattern);
        }
        hasRunning = true;
        width = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        elements.add("running");
        re.append("(?<running>\\d{").append(width).append(",9})");
      } else {
        elements.add(token);
        re.append(switch (token) {
          case "class" -> "(?<class>\\d{4})";
          case "group" -> "(?<group>\\d{1,4})";
          case "yy" -> "(?<yy>\\d{2})";
          default -> "(?<yyyy>\\d{4})";
        });
      }
      last = m.end();
    }
    if (last < pattern.length()) {
      String literal = pattern.substring(last);
      elements.add(literal);
      re.append(Pattern.quote(literal));
    }
    if (!hasRunning) {
      throw new IllegalArgumentException("an asset-number pattern needs {running}: " + pattern);
    }
    if (pattern.contains("{class}") && pattern.indexOf("{class}") != pattern.lastIndexOf("{class}")
        || pattern.contains("{group}") && pattern.indexOf("{group}") != pattern.lastIndexOf("{group}")) {
      throw new IllegalArgumentException("each token may appear once: " + pattern);
    }
    this.regex = Pattern.compile(re.toString());
    this.runningWidth = width;
  }

  /** @throws IllegalArgumentException for a pattern without {running} or with a token twice */
  public static AssetNumberFormat of(String pattern) {
    return new AssetNumberFormat(pattern == null || pattern.isBlank() ? DEFAULT : pattern.strip());
  }

  public String pattern() {
    return pattern;
  }

  public boolean usesClass() {
    return elements.contains("class");
  }

  public boolean usesGroup() {
    return elements.contains("group");
  }

  /** Whether numbers carry the year; where they don't, running numbers never restart. */
  public boolean usesYear() {
    return elements.contains("yy") || elements.contains("yyyy");
  }

  /** The counter a running number belongs to: one per class-group and fiscal year. */
  public String counterPrefix(String fsnClass, String group) {
    return (usesClass() ? fsnClass : "") + "-" + (usesGroup() ? group : "");
  }

  public String format(Parts parts) {
    StringBuilder out = new StringBuilder();
    for (Object e : elements) {
      String s = (String) e;
      switch (s) {
        case "class" -> out.append(requireDigits(parts.fsnClass(), 4, 4, "class"));
        case "group" -> out.append(requireDigits(parts.group(), 1, 4, "group"));
        case "running" -> {
          if (parts.running() < 1) {
            throw new IllegalArgumentException("running numbers start at 1");
          }
          out.append(String.format("%0" + runningWidth + "d", parts.running()));
        }
        case "yy" -> out.append(String.format("%02d", parts.fiscalYearBe() % 100));
        case "yyyy" -> out.append(parts.fiscalYearBe());
        default -> out.append(s);
      }
    }
    return out.toString();
  }

  public boolean matches(String number) {
    return number != null && regex.matcher(number.strip()).matches();
  }

  /** The parts of a number in this pattern; a two-digit year is read as 25yy (BE 2500–2599). */
  public Optional<Parts> parse(String number) {
    if (number == null) {
      return Optional.empty();
    }
    Matcher m = regex.matcher(number.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String cls = usesClass() ? m.group("class") : null;
    String grp = usesGroup() ? m.group("group") : null;
    int year = 0;
    if (elements.contains("yyyy")) {
      year = Integer.parseInt(m.group("yyyy"));
    } else if (elements.contains("yy")) {
      year = 2500 + Integer.parseInt(m.group("yy"));
    }
    return Optional.of(new Parts(cls, grp, Integer.parseInt(m.group("running")), year));
  }

  /** An example in this pattern, for the message that tells the user what a number looks like. */
  public String example() {
    return format(new Parts("7440", "001", 1, 2566));
  }

  private static String requireDigits(String value, int min, int max, String what) {
    if (value == null || !value.matches("\\d{" + min + "," + max + "}")) {
      throw new IllegalArgumentException("the " + what + " code must be " + min + "-" + max + " digits: " + value);
    }
    return value;
  }
}
