package th.obec.esa.ict.organization;

import th.obec.esa.ict.platform.BusinessException;

/**
 * A rule of the organisation data refused an action. Rolls the transaction back (inherited from
 * {@link BusinessException}), so a refused edit or import leaves nothing behind.
 */
public class OrganizationException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public OrganizationException(String key, Object... args) {
    super(key, args);
  }

  private OrganizationException(String key, Object[] args, String field) {
    super(field == null ? null : field(field), key, args);
  }

  /**
   * A refusal that belongs next to one input. A factory rather than a constructor overload, so a
   * key with string arguments is never mistaken for a field and a key.
   */
  public static OrganizationException onField(String field, String key, Object... args) {
    return new OrganizationException(key, args, field);
  }
}
