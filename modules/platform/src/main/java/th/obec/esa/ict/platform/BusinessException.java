package th.obec.esa.ict.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A rule of the business refused an action. It carries a message key and its arguments, not a
 * sentence: the web layer renders it in the user's language from the resource bundles (Thai
 * first, English second), and next to the field named by {@link #field()} where there is one.
 * Rolls the transaction back, so nothing is half-saved.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient Object[] args;
  private final String field;

  /**
   * @param key a message key, always dotted ({@code "assets.asset.notFound"})
   * @throws IllegalArgumentException when the key is not dotted: a field id passed where the key
   *     belongs ({@code ("file", "assets.x")}) would otherwise show the user a bare key
   */
  public BusinessException(String key, Object... args) {
    this((Field) null, key, args);
  }

  /** @param field the input the message belongs to (see {@link #field(String)}), or null */
  public BusinessException(Field field, String key, Object... args) {
    super(key + (args.length > 0 ? " " + Arrays.toString(args) : ""));
    if (key == null || key.indexOf('.') < 0 || key.indexOf(' ') >= 0) {
      throw new IllegalArgumentException("not a message key: " + key
          + " (to name the field, use BusinessException.field(id) as the first argument)");
    }
    this.key = key;
    this.args = args.clone();
    this.field = field == null ? null : field.id();
  }

  /** The form field a message belongs to; a type of its own so that it is never taken for the key. */
  public record Field(String id) {}

  public static Field field(String id) {
    return new Field(id);
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  public String field() {
    return field;
  }
}
