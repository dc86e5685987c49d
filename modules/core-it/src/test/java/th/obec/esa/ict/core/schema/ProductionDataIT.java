package th.obec.esa.ict.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Demo data only in demo mode (issue 18), on the tests' real PostgreSQL: Flyway configured exactly
 * as a start configures it ({@link SchemaMigration#flyway}), each case in a fresh schema of its own.
 * A production start (no demo mode) leaves no demo uid; a demo start keeps them; a database that
 * was migrated before (checksums of the applied migrations) still validates and is cleaned up when
 * it is started in production.
 */
class ProductionDataIT {

  private static final List<String> DEMO_UIDS =
      List.of("director", "wiparat", "nanphat", "khwansiri", "somchai", "sinlapachai").stream().sorted().toList();

  @Test
  void aProductionStartHasNoDemoUidAndNoDemoEnglishName() throws SQLException {
    PGSimpleDataSource ds = dataSource(freshSchema());
    SchemaMigration.flyway(ds, loader(), false).migrate();
    assertEquals(List.of(), uids(ds), "a production database holds no directory uid at all");
    assertEquals(0, count(ds, "SELECT COUNT(*) FROM org_staff WHERE given_name_en IS NOT NULL"));
    // the manual's reference data and the order are there, to be matched
    assertEquals(11, count(ds, "SELECT COUNT(*) FROM org_staff"));
    assertEquals(1, count(ds, "SELECT COUNT(*) FROM org_order WHERE order_number = 275 AND year_be = 2561"));
    assertEquals(6, count(ds, "SELECT COUNT(*) FROM org_duty_assignment"));
  }

  @Test
  void aDemoStartKeepsTheDemoUids() throws SQLException {
    PGSimpleDataSource ds = dataSource(freshSchema());
    SchemaMigration.flyway(ds, loader(), true).migrate();
    assertEquals(DEMO_UIDS, uids(ds));
  }

  @Test
  void anExistingDatabaseStaysValidAndLosesTheDemoUidsWhenStartedInProduction() throws SQLException {
    PGSimpleDataSource ds = dataSource(freshSchema());
    // a database installed before issue 18: every migration up to the records module's last one
    Flyway.configure(loader()).dataSource(ds).resourceProvider(new IndexedMigrations(loader()))
        .table("flyway_schema_history").outOfOrder(true).target("8.2").load().migrate();
    assertEquals(DEMO_UIDS, uids(ds));
    // an office had matched one person by hand already: that uid is its own and stays
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE org_staff SET directory_uid = 'k.kongchang' WHERE id = 5");
    }
    // migrate validates the applied migrations' checksums first
    SchemaMigration.flyway(ds, loader(), false).migrate();
    assertEquals(List.of("k.kongchang"), uids(ds));
    // the same database validates when started in demo mode too: checksums are taken before placeholders
    Flyway demo = SchemaMigration.flyway(ds, loader(), true);
    demo.validate();
    assertEquals(0, demo.info().pending().length);
  }

  private static ClassLoader loader() {
    return ProductionDataIT.class.getClassLoader();
  }

  private static String freshSchema() throws SQLException {
    String schema = "prod_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = dataSource(null).getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return schema;
  }

  private static PGSimpleDataSource dataSource(String schema) {
    String url = System.getProperty("ict.it.db.url");
    if (url == null) {
      throw new IllegalStateException("ict.it.db.url is not set: run as an integration test (failsafe)");
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser("postgres");
    ds.setPassword("postgres");
    if (schema != null) {
      ds.setCurrentSchema(schema);
    }
    return ds;
  }

  private static List<String> uids(PGSimpleDataSource ds) throws SQLException {
    List<String> uids = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT directory_uid FROM org_staff WHERE directory_uid IS NOT NULL ORDER BY directory_uid")) {
      while (rs.next()) {
        uids.add(rs.getString(1));
      }
    }
    return uids;
  }

  private static long count(PGSimpleDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
