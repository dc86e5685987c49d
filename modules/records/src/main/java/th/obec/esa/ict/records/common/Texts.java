package th.obec.esa.ict.records.common;

import static th.obec.esa.ict.platform.BusinessException.field;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.platform.BusinessException;

/**
 * The checks every input of the module makes, each refusal next to its field:
 * {@code records.field.required} and {@code records.field.tooLong}.
 */
public final class Texts {

  private Texts() {}

  /** The trimmed text; refused when blank or longer than max. */
  public static String required(String fieldId, String value, int max) {
    String v = optional(fieldId, value, max);
    if (v == null) {
      throw new BusinessException(field(fieldId), "records.field.required");
    }
    return v;
  }

  /** The trimmed text, or null when blank; refused when longer than max. */
  public static String optional(String fieldId, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new BusinessException(field(fieldId), "records.field.tooLong", max);
    }
    return v;
  }

  public static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** The end must not be before the start (either may be missing). */
  public static void period(LocalDate start, LocalDate end) {
    if (start != null && end != null && end.isBefore(start)) {
      throw new BusinessException(field("endDate"), "records.field.endBeforeStart");
    }
  }

  /**
   * A team as stored: one trimmed, non-blank name per line; null when there is none. Refused when
   * the joined text is longer than max.
   */
  public static String team(List<String> names, int max) {
    if (names == null) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String n : names) {
      if (n != null) {
        for (String line : n.split("\\R")) {
          if (!line.isBlank()) {
            kept.add(line.strip());
          }
        }
      }
    }
    return optional("team", String.join("\n", kept), max);
  }

  /** The team's names from the stored text. */
  public static List<String> teamOf(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return List.of(stored.split("\n"));
  }
}
