package th.obec.esa.ict.assets.register;

import th.obec.esa.ict.platform.BusinessException;

/**
 * The asset may not move to the status asked for (a disposed asset never comes back). The key
 * names the reason; the arguments are the asset number and the two statuses' ordinals, which the
 * bundles' choice formats turn into labels.
 */
public class StatusTransitionNotAllowedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public StatusTransitionNotAllowedException(String key, Object... args) {
    super(field("status"), key, args);
  }
}
