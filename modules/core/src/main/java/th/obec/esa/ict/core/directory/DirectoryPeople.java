package th.obec.esa.ict.core.directory;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.core.api.People;
import th.obec.esa.ict.core.api.Person;

/** {@link People} from the directory ({@link DirectoryService}). */
@Stateless
@Local(People.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DirectoryPeople implements People {

  @EJB
  private DirectoryService directory;

  @Override
  public List<Person> everyone() {
    return directory.people().stream().map(DirectoryPeople::person).toList();
  }

  @Override
  public Optional<Person> find(String uid) {
    if (uid == null || uid.isBlank()) {
      return Optional.empty();
    }
    return directory.find(uid).map(DirectoryPeople::person);
  }

  private static Person person(DirectoryPerson p) {
    return new Person(p.uid(), p.thaiName(), p.mail(), p.roles());
  }
}
