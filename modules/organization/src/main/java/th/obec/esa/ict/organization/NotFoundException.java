package th.obec.esa.ict.organization;

/** A getX asked for something that is not there; the page says which kind and which id. */
public class NotFoundException extends OrganizationException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super("organization.notFound", what, id);
  }
}
