package th.obec.esa.ict.core.directory;

import jakarta.ejb.ApplicationException;

/**
 * The directory did not take a new entry: read-only by configuration, or it refused (the user id
 * exists, the bind account may not write, a schema rule). Not a business exception: the caller
 * decides what the user is told.
 */
@ApplicationException(rollback = true)
public class DirectoryWriteException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DirectoryWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
