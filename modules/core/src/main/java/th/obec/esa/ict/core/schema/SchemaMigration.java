package th.obec.esa.ict.core.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import th.obec.esa.ict.core.directory.DemoMode;

/**
 * Defines the application's one data source and brings its schema up to date before anything
 * else uses it. Every attribute of the data source comes from MicroProfile Config, so the same
 * build runs on the embedded H2 file and on PostgreSQL (see {@code config/}).
 *
 * <p>The migrations are the files of {@code sql/}, packed into this module under
 * {@code db/migration}; they are written to run unchanged on H2 and PostgreSQL.
 */
@DataSourceDefinition(
    name = SchemaMigration.DATA_SOURCE,
    className = "${MPCONFIG=ict.db.class}",
    url = "${MPCONFIG=ict.db.url}",
    user = "${MPCONFIG=ict.db.user}",
    password = "${MPCONFIG=ict.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40,
    properties = {"fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=auto-commit",
        "fish.payara.fail-all-connections=true"})
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  /** The JNDI name every persistence unit of the application uses. */
  public static final String DATA_SOURCE = "java:app/jdbc/ict";

  /** The placeholder migrations read to tell a demo start ({@code true}) from a production one. */
  public static final String DEMO_PLACEHOLDER = "ict_demo";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private volatile String schemaVersion;

  @PostConstruct
  void migrate() {
    boolean demo = DemoMode.on();
    MigrateResult result = flyway(dataSource, getClass().getClassLoader(), demo).migrate();
    schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
        + " migrations applied now, " + result.database + (demo ? ", demo mode" : "") + ")");
  }

  /**
   * Flyway as every start configures it. {@code demo} fills the placeholder {@code ${ict_demo}}
   * ({@code true} or {@code false}): migrations that load or keep demo data (the demo directory's
   * uids on the staff of order 275/2561) do so only in demo mode. Flyway computes a migration's
   * checksum before placeholders are replaced, so the same database validates in either mode.
   */
  public static Flyway flyway(DataSource dataSource, ClassLoader loader, boolean demo) {
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .resourceProvider(new IndexedMigrations(loader))
        .table("flyway_schema_history")
        .baselineOnMigrate(false)
        // each module owns a range of versions (V2 organization, V3 delegation, V4 assets, V5 forms):
        // a module may add a migration below another module's newest one
        .outOfOrder(true)
        .placeholders(Map.of(DEMO_PLACEHOLDER, Boolean.toString(demo)))
        .load();
  }

  /** The schema version after start-up, for the health and about pages. */
  public String schemaVersion() {
    return schemaVersion;
  }
}
