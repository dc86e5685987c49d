package th.obec.esa.ict.core.directory;

import jakarta.ejb.ApplicationException;

/** The directory could not be reached or refused the application's own connection. */
@ApplicationException(rollback = true)
public class DirectoryUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DirectoryUnavailableException(Throwable cause) {
    super("the directory is not available: " + cause.getMessage(), cause);
  }
}
