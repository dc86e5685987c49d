package th.obec.esa.ict.web.security;

import java.io.IOException;

/** A request body grew beyond {@code ict.upload.max-bytes} while it was read. */
public class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;
  private final long max;

  public BodyTooLargeException(long max) {
    super("request body over " + max + " bytes");
    this.max = max;
  }

  public long max() {
    return max;
  }
}
