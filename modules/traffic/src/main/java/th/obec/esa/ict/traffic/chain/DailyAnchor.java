package th.obec.esa.ict.traffic.chain;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import th.obec.esa.ict.core.audit.AuditChain;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.core.integrity.ChainKey;
import th.obec.esa.ict.platform.time.OfficeTime;

/**
 * Once a day the chain head (seq, hash), the time and the number of lines kept are appended, signed
 * with the chain key, to {@value #FILE} in the data folder: a line outside the database that can be
 * printed from the verify page and kept on paper. Whoever rewrites the table and recomputes the
 * chain cannot make an old anchor line agree with it. The same line carries the audit trail's chain
 * head ({@code audit-seq}, {@code audit-head}) and its number of entries ({@code audit-entries}).
 */
@Stateless
public class DailyAnchor {

  @jakarta.inject.Inject
  private th.obec.esa.ict.core.api.JobRuns runs;

  public static final String FILE = "traffic-anchors.txt";

  @Resource(lookup = "java:app/jdbc/ict")
  private DataSource dataSource;

  @EJB
  private AuditService audit;

  @Schedule(hour = "0", minute = "15", persistent = false)
  void daily() {
    OffsetDateTime now = OffsetDateTime.now(OfficeTime.ZONE);
    if (!runs.claim("traffic.daily-anchor", now.toLocalDate())) {
      return;
    }
    write(now);
    runs.finished("traffic.daily-anchor", now.toLocalDate(), "written");
  }

  /** Appends the anchor of this moment and returns its line. */
  public String write(OffsetDateTime now) {
    try (Connection c = dataSource.getConnection()) {
      ChainHead head = ChainStore.head(c);
      long count;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM trf_record"); ResultSet rs = ps.executeQuery()) {
        rs.next();
        count = rs.getLong(1);
      }
      ChainKey key = ChainKey.configured();
      AuditChain.Head auditHead = audit.head();
      String body = now + " seq=" + head.seq() + " head=" + head.hash() + " lines=" + count
          + " audit-seq=" + auditHead.seq() + " audit-head=" + auditHead.link() + " audit-entries=" + auditHead.entries();
      String line = body + " mac=" + key.mac("anchor|" + body);
      Path file = file();
      Files.createDirectories(file.getParent());
      Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return line;
    } catch (SQLException e) {
      throw new IllegalStateException("the daily anchor could not read the chain head", e);
    } catch (IOException e) {
      throw new UncheckedIOException("the daily anchor could not be appended to " + file(), e);
    }
  }

  /** The last {@code n} anchor lines, oldest first (empty before the first). */
  public List<String> recent(int n) {
    Path file = file();
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return new ArrayList<>(all.subList(Math.max(0, all.size() - n), all.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether an anchor line carries the chain key's MAC (a line typed into the file by hand does not). */
  public static boolean signed(String line) {
    int at = line.lastIndexOf(" mac=");
    return at > 0 && ChainKey.same(ChainKey.configured().mac("anchor|" + line.substring(0, at)), line.substring(at + 5));
  }

  static Path file() {
    String dir = ConfigProvider.getConfig().getOptionalValue("ict.data.dir", String.class)
        .orElse(System.getProperty("user.home") + "/ict-intranet-data");
    return Path.of(dir).resolve(FILE);
  }
}
