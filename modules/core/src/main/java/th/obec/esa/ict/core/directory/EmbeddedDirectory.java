package th.obec.esa.ict.core.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldif.LDIFReader;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The embedded default directory: a real LDAP v3 server (UnboundID) inside the application,
 * listening on the loopback address only, loaded from {@code config/ldap/demo.ldif} with the
 * people of order 275/2561; anonymous clients may read but not write. It runs only in demo mode
 * ({@code ict.demo=true}, see {@link DemoMode}) with {@code ict.ldap.embedded=true}; production points
 * {@code ict.ldap.url} at the office's own directory instead.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmbeddedDirectory {

  private static final Logger LOG = Logger.getLogger(EmbeddedDirectory.class.getName());
  public static final String BASE_DN = "dc=esa,dc=local";

  private InMemoryDirectoryServer server;

  @PostConstruct
  void start() {
    Config config = ConfigProvider.getConfig();
    if (!config.getOptionalValue("ict.ldap.embedded", Boolean.class).orElse(false)) {
      return;
    }
    if (!DemoMode.on()) {
      // fail closed: the demo accounts (password "demo") never run outside demo mode
      LOG.severe(() -> "NOT READY: the embedded demo directory is not started, because this is not a demo start"
          + " (ict.demo is not true). " + String.join("; ", DemoMode.problems()));
      return;
    }
    int port = config.getOptionalValue("ict.ldap.embedded.port", Integer.class).orElse(10389);
    Optional<String> ldifFile = config.getOptionalValue("ict.ldap.embedded.ldif", String.class);
    try {
      InMemoryDirectoryServerConfig c = new InMemoryDirectoryServerConfig(BASE_DN);
      c.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port, null));
      c.setSchema(null);
      // nobody writes without binding first (the application binds as its service account)
      c.setAuthenticationRequiredOperationTypes(OperationType.ADD, OperationType.DELETE, OperationType.MODIFY,
          OperationType.MODIFY_DN);
      server = new InMemoryDirectoryServer(c);
      if (ldifFile.isPresent() && Files.isRegularFile(Path.of(ldifFile.get()))) {
        server.importFromLDIF(true, ldifFile.get());
      } else {
        try (InputStream in = EmbeddedDirectory.class.getResourceAsStream("/ldap/demo.ldif")) {
          server.importFromLDIF(true, new LDIFReader(in));
        }
      }
      server.startListening();
      LOG.info(() -> "Embedded directory listening on ldap://localhost:" + port + " with "
          + server.countEntries() + " entries");
    } catch (Exception e) {
      throw new IllegalStateException("the embedded directory could not start on port " + port, e);
    }
  }

  public boolean isRunning() {
    return server != null;
  }

  @PreDestroy
  void stop() {
    if (server != null) {
      server.shutDown(true);
      server = null;
    }
  }
}
