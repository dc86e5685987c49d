package th.obec.esa.ict.evaluation.form;

import java.io.Serializable;
import java.util.List;

/**
 * One refused input: the field it belongs next to, the message key and its arguments.
 *
 * @param field a field id: {@code title}, {@code section-2-title}, {@code section-2-item-3},
 *     {@code question-1}, {@code item-<itemId>} ...
 */
public record Problem(String field, String key, List<String> args) implements Serializable {

  public Problem {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static Problem of(String field, String key, Object... args) {
    return new Problem(field, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }
}
