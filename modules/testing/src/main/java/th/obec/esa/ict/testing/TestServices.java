package th.obec.esa.ict.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL (zonky's binaries from Maven Central) and a real LDAP v3 server
 * (UnboundID, loaded from {@code config/ldap/demo.ldif}) once per test JVM, before Arquillian
 * starts Payara: a deployment whose data source and directory are read at start-up needs them up
 * first, and {@code @BeforeAll} is too late.
 *
 * <p>Only integration-test runs ask for it (failsafe sets {@code ict.it.services=true}); it then
 * hands the addresses to Payara Micro through {@code payara.cmdOptions} and to the tests through
 * system properties {@code ict.it.db.url} and {@code ict.it.ldap.url}.
 */
public class TestServices implements LauncherSessionListener {

  private static final Logger LOG = Logger.getLogger(TestServices.class.getName());

  private static EmbeddedPostgres postgres;
  private static InMemoryDirectoryServer ldap;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("ict.it.services") || postgres != null) {
      return;
    }
    try {
      Path pgDir = Files.createTempDirectory("ict-it-pg");
      postgres = EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(pgDir.toFile())
          .setDataDirectory(pgDir.resolve("data"))
          .setCleanDataDirectory(true)
          .setServerConfig("max_connections", "100")
          .setPGStartupWait(java.time.Duration.ofSeconds(60))
          .start();
      String dbUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      System.setProperty("ict.it.db.url", dbUrl);

      // port 0: the system gives a free port as it binds, so two modules' tests running at the same
      // time (the build's two threads) can never be handed the same one
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(LdapDefaults.BASE_DN);
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
      config.setSchema(null);
      ldap = new InMemoryDirectoryServer(config);
      ldap.importFromLDIF(true, LdapDefaults.ldifFile().toFile());
      ldap.startListening();
      int ldapPort = ldap.getListenPort("ldap");
      String ldapUrl = "ldap://localhost:" + ldapPort;
      System.setProperty("ict.it.ldap.url", ldapUrl);

      // C1 only and the serial collector: a test server lives a minute, and on a 2-core machine the
      // C2 compiler's and parallel GC's threads cost more CPU than they save (measured: about a
      // third of the CPU time of a module's test run)
      String micro = "-Xmx768m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
          + " -Dict.db.class=org.postgresql.ds.PGSimpleDataSource"
          + " -Dict.db.url=" + dbUrl
          + " -Dict.db.user=postgres -Dict.db.password=postgres"
          // demo mode: the migrations keep the demo directory's uids on the staff of order 275/2561,
          // as whom the tests sign in and act (a production start clears them, ProductionDataIT)
          + " -Dict.demo=true"
          + " -Dict.ldap.embedded=false"
          + " -Dict.ldap.url=" + ldapUrl;
      if (System.getProperty("payara.cmdOptions") == null) {
        System.setProperty("payara.cmdOptions", micro);
      }
      // no data grid at all: the container's own --nocluster still starts a local Hazelcast
      // member, which nothing here uses (about 2 CPU-seconds of each module's start, measured)
      if (System.getProperty("payara.extraMicroOptions") == null) {
        System.setProperty("payara.extraMicroOptions", "--nohazelcast");
      }
      LOG.info(() -> "Test services up: " + dbUrl + ", " + ldapUrl);
    } catch (Exception e) {
      throw new IllegalStateException("could not start the test services (PostgreSQL, LDAP)", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (ldap != null) {
      ldap.shutDown(true);
      ldap = null;
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      postgres = null;
    }
  }
}
