package th.obec.esa.ict.core.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.testing.Deployments;

/**
 * Account creation against the tests' real LDAP server (UnboundID), written with the configured
 * bind account {@code uid=intranet,ou=services,dc=esa,dc=local}: the new person can sign in with
 * the initial password at once, and has the groups asked for (a missing group is created).
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryWriteIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "directory-write-it.war"))
        .addPackages(true, "th.obec.esa.ict.core")
        .addAsResource("META-INF/persistence.xml")
        .addAsResource("META-INF/microprofile-config.properties")
        .addAsServiceProvider(ConfigSource.class, WritableDirectoryConfig.class)
        .addAsLibraries(Deployments.libraries("platform", "flyway-core", "flyway-database-postgresql",
            "jackson-databind", "jackson-core", "jackson-annotations", "jackson-dataformat-toml",
            "unboundid-ldapsdk", "postgresql"));
  }

  @EJB DirectoryService directory;

  @Test
  void aCreatedAccountCanSignInAndHasItsGroups() {
    assertTrue(directory.isWritable());
    String uid = "newuser" + System.nanoTime() % 1_000_000;
    char[] password = "Xk7#pQ2m-Rt9vW4z".toCharArray();
    Set<String> groups = new LinkedHashSet<>(List.of("staff", "internet"));
    DirectoryPerson created = directory.createAccount(new NewDirectoryAccount(uid, "นายทดสอบ ผู้ใช้ใหม่",
        "Mr. Thotsop Phuchaimai", "ครู", "โรงเรียนบ้านทดสอบ", uid + "@esa.local", groups), password);
    assertEquals(uid, created.uid());

    DirectoryPerson signedIn = directory.authenticate(uid, "Xk7#pQ2m-Rt9vW4z").orElseThrow();
    assertEquals("นายทดสอบ ผู้ใช้ใหม่", signedIn.thaiName());
    assertEquals("Mr. Thotsop Phuchaimai", signedIn.englishName());
    assertTrue(signedIn.groups().containsAll(groups), signedIn.groups().toString());
    assertTrue(directory.authenticate(uid, "wrong-password").isEmpty());

    assertThrows(DirectoryWriteException.class, () -> directory.createAccount(new NewDirectoryAccount(uid, "ซ้ำ",
        null, null, null, null, Set.of("staff")), "another-Pass-1".toCharArray()));
  }
}
