package th.obec.esa.ict.assets.catalog.imports;

import java.util.List;
import th.obec.esa.ict.platform.BusinessException;

/**
 * Some rows of an import file are wrong, so nothing of the file was saved. Carries every
 * rejected row, so the user can correct them all at once. Key {@code assets.import.rejected}
 * with the number of rejected rows.
 */
public class EditionImportRejectedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<RowError> errors;

  public EditionImportRejectedException(List<RowError> errors) {
    super(field("file"), "assets.import.rejected", errors.stream().map(RowError::row).distinct().count());
    this.errors = List.copyOf(errors);
  }

  public List<RowError> errors() {
    return errors;
  }
}
