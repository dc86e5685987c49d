package th.obec.esa.ict.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the demo directory's LDIF is and what its base is; shared by the test services and tests. */
public final class LdapDefaults {

  public static final String BASE_DN = "dc=esa,dc=local";

  private LdapDefaults() {}

  /** The LDIF of the embedded directory, found from the project's root (set by the build). */
  public static Path ldifFile() {
    String root = System.getProperty("ict.project.root");
    Path start = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
    for (Path p = start; p != null; p = p.getParent()) {
      Path ldif = p.resolve("config/ldap/demo.ldif");
      if (Files.isRegularFile(ldif)) {
        return ldif;
      }
    }
    throw new IllegalStateException("config/ldap/demo.ldif not found above " + start);
  }
}
