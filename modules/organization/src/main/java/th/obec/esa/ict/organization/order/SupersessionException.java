package th.obec.esa.ict.organization.order;

import th.obec.esa.ict.organization.OrganizationException;

/**
 * An order cannot supersede another as asked (not in force, another office, not later); the
 * key names the reason, the arguments the two order numbers.
 */
public class SupersessionException extends OrganizationException {

  private static final long serialVersionUID = 1L;

  public SupersessionException(String reason, String newer, String older) {
    super("organization.order.supersede." + reason, newer, older);
  }
}
