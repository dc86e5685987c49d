package th.obec.esa.ict.organization;

/**
 * Someone else saved the same record since the editor loaded it. Refused rather than merged, so
 * that no administrator's change is silently lost; the page asks the user to reload.
 */
public class StaleEditException extends OrganizationException {

  private static final long serialVersionUID = 1L;

  public StaleEditException(String what, Object id) {
    super("organization.edit.stale", what, id);
  }
}
