package th.obec.esa.ict.platform.upload;

/**
 * An uploaded file has more rows with content than {@link UploadLimits#maxRows()} allows. Thrown
 * as soon as the row after the limit is read, so the rest of the file is never read; each importer
 * turns it into its own message (Thai and English) naming {@link #limit()}.
 */
public class TooManyRowsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int limit;

  public TooManyRowsException(int limit) {
    super("more than " + limit + " rows");
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}
