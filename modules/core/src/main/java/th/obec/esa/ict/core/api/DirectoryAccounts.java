package th.obec.esa.ict.core.api;

/**
 * Reads the office's directory for matching it with the staff (local business interface; inject
 * with {@code @EJB}). Read-only: nothing here writes to the directory.
 */
public interface DirectoryAccounts {

  /** Every person's account, read now; never throws for a directory that is away (see {@link DirectoryListing}). */
  DirectoryListing accounts();
}
