package th.obec.esa.ict.assets.catalog.imports;

import th.obec.esa.ict.platform.BusinessException;

/**
 * The file as a whole cannot be read as an edition (not CSV or XLSX, unreadable, a required
 * column missing, no rows). Keys {@code assets.import.file.*}.
 */
public class ImportFileException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ImportFileException(String key, Object... args) {
    super(field("file"), key, args);
  }
}
