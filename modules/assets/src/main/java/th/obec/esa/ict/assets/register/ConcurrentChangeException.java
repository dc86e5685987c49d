package th.obec.esa.ict.assets.register;

import th.obec.esa.ict.platform.BusinessException;

/**
 * Someone else changed the asset since the user loaded it; nothing was saved, so no update is
 * lost. Key {@code assets.asset.concurrentChange} with the asset number.
 */
public class ConcurrentChangeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException(String assetNumber) {
    super("assets.asset.concurrentChange", assetNumber);
  }
}
