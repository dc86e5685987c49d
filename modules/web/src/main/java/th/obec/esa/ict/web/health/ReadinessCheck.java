package th.obec.esa.ict.web.health;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import th.obec.esa.ict.core.directory.DirectoryService;
import th.obec.esa.ict.core.schema.SchemaMigration;

/** Ready only when the database answers and the directory answers: without either, nobody can work. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @EJB
  private DirectoryService directory;

  @EJB
  private SchemaMigration schema;

  @Override
  public HealthCheckResponse call() {
    boolean database = databaseAnswers();
    boolean ldap = directory.isReachable();
    return HealthCheckResponse.named("ict-intranet")
        .status(database && ldap)
        .withData("database", database ? "UP" : "DOWN")
        .withData("directory", ldap ? "UP" : "DOWN")
        .withData("schema", String.valueOf(schema.schemaVersion()))
        .build();
  }

  private boolean databaseAnswers() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
