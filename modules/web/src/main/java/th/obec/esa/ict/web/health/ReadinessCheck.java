package th.obec.esa.ict.web.health;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import java.util.List;
import th.obec.esa.ict.core.directory.DemoMode;
import org.eclipse.microprofile.health.Readiness;
import th.obec.esa.ict.core.directory.DirectoryService;
import th.obec.esa.ict.core.schema.SchemaMigration;

/**
 * Ready only when the database answers and the directory answers (without either, nobody can
 * work), and, outside demo mode, only when the office's directory is configured ({@link DemoMode}).
 */
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
    List<String> settings = DemoMode.problems();
    HealthCheckResponseBuilder b = HealthCheckResponse.named("ict-intranet")
        .status(database && ldap && settings.isEmpty())
        .withData("mode", DemoMode.on() ? "demo" : "production");
    if (!settings.isEmpty()) {
      // fail closed: a production start without the office's directory serves nobody
      b = b.withData("configuration", String.join("; ", settings));
    }
    return b
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
