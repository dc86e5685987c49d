package th.obec.esa.ict.forms.loan;

import th.obec.esa.ict.platform.BusinessException;

/**
 * The asset is already booked for part of the period. The arguments name the asset and the
 * first clashing booking: its dates (d/m/B.E.) and its request number.
 */
public class LoanOverlapException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public LoanOverlapException(String assetNumber, String firstFrom, String firstUntil, String firstNumber) {
    super(field("loan"), "forms.loan.overlap", assetNumber, firstFrom, firstUntil, firstNumber);
  }
}
