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

  public BusinessException(String key, Object... args) {
    this(null, key, args);
  }

  /** @param field the input the message belongs to (a form field id), or null */
  public BusinessException(String field, String key, Object... args) {
    super(key + (args.length > 0 ? " " + Arrays.toString(args) : ""));
    this.key = key;
    this.args = args.clone();
    this.field = field;
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
