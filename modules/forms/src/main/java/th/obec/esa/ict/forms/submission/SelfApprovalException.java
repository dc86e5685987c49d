package th.obec.esa.ict.forms.submission;

import th.obec.esa.ict.platform.BusinessException;

/**
 * Nobody reviews or approves a request they made or that names them, also not while acting
 * for someone, and nobody approves for a person the request is by.
 */
public class SelfApprovalException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public SelfApprovalException(String numberText) {
    super("forms.approval.ownRequest", numberText == null ? "" : numberText);
  }
}
