package th.obec.esa.ict.traffic.record;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.traffic.api.ExtensionView;
import th.obec.esa.ict.traffic.chain.ChainHead;
import th.obec.esa.ict.traffic.chain.ChainLink;
import th.obec.esa.ict.traffic.chain.ChainStore;
import th.obec.esa.ict.core.integrity.ChainKey;
import th.obec.esa.ict.traffic.chain.ChainVerifier;
import th.obec.esa.ict.traffic.chain.VerifyReport;
import th.obec.esa.ict.traffic.retention.Extension;
import th.obec.esa.ict.traffic.retention.NewExtension;

/**
 * Everything that reads the record or its retention orders. The MDES announcement B.E. 2564 asks
 * for access control on stored traffic data: only the {@code auditor} role may read it, and each
 * search, export and verification is written to the audit trail in the same transaction, with
 * the filters used, so that a reading without its trace cannot happen.
 */
@Stateless
public class TrafficService {

  /** The largest page a search returns. */
  public static final int MAX_PAGE = 500;

  @Resource(lookup = "java:app/jdbc/ict")
  private DataSource dataSource;

  @PersistenceContext(unitName = "traffic")
  private EntityManager em;

  @EJB
  private AuditTrail audit;

  /** Lines matching the query, newest first. */
  public TrafficPage search(Actor actor, TrafficQuery query, int first, int max) {
    actor.requireAnyRole(Roles.AUDITOR);
    Filter f = Filter.of(query);
    int size = Math.max(1, Math.min(max, MAX_PAGE));
    int offset = Math.max(0, first);
    List<TrafficRow> rows = new ArrayList<>();
    long total;
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM trf_record" + f.where)) {
        f.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT " + ChainStore.COLUMNS + " FROM trf_record" + f.where
          + " ORDER BY seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
        int i = f.bind(ps);
        ps.setInt(i++, offset);
        ps.setInt(i, size);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(TrafficRow.of(ChainStore.row(rs)));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("searching the traffic record failed", e);
    }
    audit.record(actor, "traffic.searched", "traffic", "record",
        query.describe() + " first=" + offset + " max=" + size + " total=" + total);
    return new TrafficPage(rows, total);
  }

  /**
   * Streams the lines matching the query, oldest first, as a zip of the CSV and its SHA-256 (see
   * {@link CsvExport}); the official request it answers is required and goes into the audit trail
   * with the row count and the checksum, so the file handed over can be matched to this export.
   */
  public ExportResult export(Actor actor, TrafficQuery query, String officialRequest, OutputStream out) {
    actor.requireAnyRole(Roles.AUDITOR);
    if (officialRequest == null || officialRequest.isBlank()) {
      throw new ExportRequiredException();
    }
    Filter f = Filter.of(query);
    String name = "traffic-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(OffsetDateTime.now()) + ".csv";
    ExportResult result;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT " + ChainStore.COLUMNS + " FROM trf_record" + f.where + " ORDER BY seq")) {
      ps.setFetchSize(5000);
      f.bind(ps);
      CsvExport csv = new CsvExport(out, name);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          csv.write(ChainStore.row(rs));
        }
      }
      result = csv.finish();
    } catch (SQLException e) {
      throw new IllegalStateException("exporting the traffic record failed", e);
    }
    audit.record(actor, "traffic.exported", "traffic", "record", "request=" + officialRequest.trim() + " "
        + query.describe() + " rows=" + result.rows() + " file=" + result.csvName() + " sha256=" + result.sha256());
    return result;
  }

  /**
   * Checks the chain for lines that occurred in [from, to) (either end open when null; both null:
   * the whole chain up to its head). Changed rows, deleted rows and a missing end are reported.
   */
  @jakarta.ejb.EJB
  private th.obec.esa.ict.traffic.chain.DailyAnchor dailyAnchor;

  public VerifyReport verify(Actor actor, OffsetDateTime from, OffsetDateTime to) {
    actor.requireAnyRole(Roles.AUDITOR);
    VerifyReport report;
    try (Connection c = dataSource.getConnection()) {
      ChainHead head = ChainStore.head(c);
      long lo = from == null ? 1 : ChainStore.firstSeqFrom(c, from);
      long hi = to == null ? head.seq() : ChainStore.lastSeqBefore(c, to);
      if (lo < 0 || hi < 0 || hi < lo) {
        report = new VerifyReport(from, to, 0, 0, 0, List.of(), 0);
      } else {
        ChainKey key = ChainKey.configured();
        ChainHead anchor = ChainStore.anchorBefore(c, lo, key);
        ChainVerifier verifier = new ChainVerifier(anchor.seq() + 1, anchor.hash(),
            ChainStore.purgesFrom(c, anchor.seq() + 1, key), new ChainLink(key, ChainStore.keyedFrom(c)));
        ChainStore.rows(c, lo, hi, verifier::accept);
        // checked on every verification, not only up to the head: the signed head also fixes where the
        // keyed links begin, so moving that boundary to pass forged SHA-256 links off shows in any period
        verifier.headSigned(ChainStore.headSigned(c, key), head.seq());
        report = verifier.finish(from, to, hi, to == null ? head.seq() : -1, head.hash());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("verifying the traffic record failed", e);
    }
    audit.record(actor, "traffic.verified", "traffic", "record", "from=" + from + " to=" + to + " rows="
        + report.rowsChecked() + " findings=" + report.totalFindings());
    return report;
  }

  /** The latest daily anchors (chain head, time, lines) from the file in the data folder, for the verify page. */
  public List<String> anchors(Actor actor, int n) {
    actor.requireAnyRole(Roles.AUDITOR);
    return dailyAnchor.recent(n);
  }

  /** Appends an anchor now (besides the daily one), e.g. before printing the verify page. */
  public String writeAnchor(Actor actor) {
    actor.requireAnyRole(Roles.AUDITOR);
    String line = dailyAnchor.write(OffsetDateTime.now());
    audit.record(actor, "traffic.anchored", "traffic", "record", line.length() > 200 ? line.substring(0, 200) : line);
    return line;
  }

  /** The extension orders, latest end first. Auditors only: the orders name investigations. */
  public List<ExtensionView> extensions(Actor actor) {
    actor.requireAnyRole(Roles.AUDITOR);
    return em.createNamedQuery("Extension.findAll", Extension.class).getResultStream().map(Extension::view).toList();
  }

  /** Records an official order to keep records longer; from then on the purge spares them. */
  public ExtensionView addExtension(Actor actor, NewExtension order) {
    actor.requireAnyRole(Roles.AUDITOR);
    order.check(LocalDate.now());
    Extension e = new Extension(order, actor.uid(), OffsetDateTime.now());
    em.persist(e);
    em.flush();
    audit.record(actor, "traffic.extension.added", "traffic-extension", String.valueOf(e.getId()),
        order.orderNo() + " (" + order.orderedBy() + ") " + order.coversFrom() + " – " + order.coversTo()
            + " until " + order.keptUntil());
    return e.view();
  }
}
