package th.obec.esa.ict.core.api;

import java.util.List;
import java.util.Optional;

/**
 * The people of the office's directory. Both methods ask the directory and throw
 * {@code core.directory.DirectoryUnavailableException} (a runtime exception) when it is away.
 */
public interface People {

  /** Everyone the directory lists under its user base. */
  List<Person> everyone();

  /** The person with this user id, if the directory knows them. */
  Optional<Person> find(String uid);
}
