package th.obec.esa.ict.forms.register;

import java.util.List;
import th.obec.esa.ict.platform.BusinessException;

/**
 * A register file had rows that cannot be taken over: nothing was saved (the transaction rolls
 * back, as for every {@link BusinessException}), and every refused row is listed so the officer
 * corrects the file once rather than row by row. Key {@code forms.register.rejected}, argument:
 * the number of refused rows.
 */
public class RegisterRejectedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<RowError> errors;

  public RegisterRejectedException(List<RowError> errors) {
    super("forms.register.rejected", errors.size());
    this.errors = List.copyOf(errors);
  }

  /** Every refused row's reasons, by line. */
  public List<RowError> errors() {
    return errors;
  }
}
