package th.obec.esa.ict.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import th.obec.esa.ict.core.directory.DirectoryPerson;
import th.obec.esa.ict.core.directory.DirectoryService;
import th.obec.esa.ict.core.directory.DirectoryUnavailableException;

/** Checks a user id and password against the office's directory; the roles come from its groups. */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(DirectoryIdentityStore.class.getName());

  @EJB
  private DirectoryService directory;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential c)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    try {
      Optional<DirectoryPerson> person = directory.authenticate(c.getCaller(), c.getPasswordAsString());
      return person
          .map(p -> new CredentialValidationResult(p.uid(), p.roles()))
          .orElse(CredentialValidationResult.INVALID_RESULT);
    } catch (DirectoryUnavailableException e) {
      LOG.log(Level.WARNING, "sign-in refused: the directory is not available", e);
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
  }
}
