package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.obec.esa.ict.core.directory.DirectoryService;
import th.obec.esa.ict.core.directory.DirectoryWriteException;
import th.obec.esa.ict.core.directory.NewDirectoryAccount;
import th.obec.esa.ict.forms.port.DirectoryAccount;
import th.obec.esa.ict.forms.port.DirectoryPort;
import th.obec.esa.ict.platform.BusinessException;

/**
 * The office's directory for the account form (F08), over core's LDAP connection. Whether it may
 * write is the setting {@code ict.ldap.writable}; a refusal becomes a message the officer can act
 * on, and the approval rolls back with it.
 */
@Stateless
@Local(DirectoryPort.class)
public class DirectoryForForms implements DirectoryPort {

  private static final Logger LOG = Logger.getLogger(DirectoryForForms.class.getName());

  @EJB
  private DirectoryService directory;

  @Override
  public boolean writable() {
    return directory.isWritable();
  }

  @Override
  public boolean exists(String uid) {
    return directory.find(uid).isPresent();
  }

  @Override
  public void createAccount(DirectoryAccount a, char[] initialPassword) {
    refusalAsMessage(a.uid(), () -> directory.createAccount(entry(a), initialPassword));
  }

  static NewDirectoryAccount entry(DirectoryAccount a) {
    return new NewDirectoryAccount(a.uid(), a.thaiName(), a.englishName(), a.title(), a.unit(), a.mail(), a.groups());
  }

  /** The directory's refusal (read-only, uid taken, not allowed) becomes a message naming the user id; the rest passes. */
  static void refusalAsMessage(String uid, Runnable write) {
    try {
      write.run();
    } catch (DirectoryWriteException e) {
      LOG.log(Level.WARNING, "the directory refused the account {0}: {1}", new Object[] {uid, e.getMessage()});
      throw new BusinessException("forms.account.directoryRefused", uid);
    }
  }
}
