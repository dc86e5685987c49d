package th.obec.esa.ict.core.directory;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import th.obec.esa.ict.core.api.DirectoryAccounts;
import th.obec.esa.ict.core.api.DirectoryListing;

/** The {@link DirectoryAccounts} view of the directory, over {@link DirectoryService}'s search pool. */
@Stateless
@Local(DirectoryAccounts.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DirectoryAccountsBean implements DirectoryAccounts {

  @EJB
  private DirectoryService directory;

  @Override
  public DirectoryListing accounts() {
    return directory.listAccounts();
  }
}
