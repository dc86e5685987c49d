package th.obec.esa.ict.core.directory;

import java.io.Serializable;
import java.util.Set;

/**
 * A person as the directory knows them. {@code roles} are application roles (see
 * {@code platform.security.Roles}) derived from the person's directory groups.
 */
public record DirectoryPerson(String uid, String dn, String thaiName, String englishName, String title,
    String unit, String mail, Set<String> groups, Set<String> roles) implements Serializable {

  /** The name to show in the given language; Thai when there is no English name. */
  public String displayName(boolean english) {
    return english && englishName != null && !englishName.isBlank() ? englishName : thaiName;
  }
}
