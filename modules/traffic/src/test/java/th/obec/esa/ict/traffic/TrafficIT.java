package th.obec.esa.ict.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.core.audit.AuditEntry;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.testing.Deployments;
import th.obec.esa.ict.traffic.api.SessionHash;
import th.obec.esa.ict.traffic.api.TrafficEntry;
import th.obec.esa.ict.traffic.api.TrafficKind;
import th.obec.esa.ict.traffic.api.TrafficLog;
import th.obec.esa.ict.traffic.capture.TrafficLogBean;
import th.obec.esa.ict.traffic.capture.TrafficWriter;
import th.obec.esa.ict.traffic.chain.ChainHead;
import th.obec.esa.ict.traffic.chain.Finding;
import th.obec.esa.ict.traffic.chain.VerifyReport;
import th.obec.esa.ict.traffic.record.ExportResult;
import th.obec.esa.ict.traffic.record.TrafficPage;
import th.obec.esa.ict.traffic.record.TrafficQuery;
import th.obec.esa.ict.traffic.record.TrafficRow;
import th.obec.esa.ict.traffic.record.TrafficService;
import th.obec.esa.ict.traffic.retention.NewExtension;
import th.obec.esa.ict.traffic.retention.PurgeJob;
import th.obec.esa.ict.traffic.retention.PurgeResult;

/**
 * The traffic record on Payara Micro against the tests' PostgreSQL: asynchronous capture, the
 * chain catching a row changed or deleted with SQL, the purge sparing extended rows, and reading
 * limited to auditors and itself audited. Each test uses its own user ids and its own stretch of
 * time, so the tests do not see each other's rows.
 */
@ExtendWith(ArquillianExtension.class)
class TrafficIT {

  private static final AtomicInteger N = new AtomicInteger();
  private static final Actor AUDITOR = Actor.self("it-auditor", Roles.AUDITOR);

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "traffic-it.war"))
        .addPackages(true, "th.obec.esa.ict.traffic")
        .addAsResource("META-INF/persistence.xml")
        .addAsResource("traffic-it-config.properties", "META-INF/microprofile-config.properties")
        .addAsLibraries(Deployments.libraries("platform", "core", "flyway-core", "flyway-database-postgresql",
            "jackson-databind", "jackson-core", "jackson-annotations", "jackson-dataformat-toml", "unboundid-ldapsdk",
            "postgresql"));
  }

  @EJB TrafficLog log;
  @EJB TrafficLogBean queue;
  @EJB TrafficWriter writer;
  @EJB TrafficService traffic;
  @EJB PurgeJob purge;
  @EJB AuditService auditService;
  @Resource(lookup = "java:app/jdbc/ict") DataSource dataSource;

  private static String uid(String what) {
    return "it-" + what + "-" + System.nanoTime() % 1_000_000 + "-" + N.incrementAndGet();
  }

  private static TrafficEntry at(OffsetDateTime t, String uid, String url) {
    return TrafficEntry.request(t, uid, null, "192.0.2.10", 51000, "web", "GET", url, 200, 1234, 7,
        SessionHash.of("session-" + uid));
  }

  private List<TrafficRow> rowsOf(String uid) {
    return traffic.search(AUDITOR, new TrafficQuery(null, null, uid, null, null, null), 0, 100).rows();
  }

  /** Waits until the condition holds (checked every 50 ms), failing after the timeout. */
  private static void awaitCondition(Duration timeout, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout);
      }
      java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
    }
  }

  @Test
  void aRequestAndAFailedSignInAppearWithoutAnyoneFlushing() throws Exception {
    String user = uid("async");
    String typed = uid("typo");
    long droppedBefore = log.stats().dropped();
    log.request(at(OffsetDateTime.now(), user, "/index.xhtml?x=1"));
    log.signInFailed(typed, "192.0.2.20", 40404, "web");
    // the writer drains its queue off the request path: wait until both rows are there
    awaitCondition(Duration.ofSeconds(15), () -> !rowsOf(user).isEmpty() && !rowsOf(typed).isEmpty());
    TrafficRow request = rowsOf(user).get(0);
    assertEquals(TrafficKind.REQUEST, request.kind());
    assertEquals("/index.xhtml?x=1", request.url());
    assertEquals(51000, request.sourcePort());
    TrafficRow failed = rowsOf(typed).get(0);
    assertEquals(TrafficKind.SIGN_IN_FAILED, failed.kind());
    assertEquals(null, failed.uid());
    assertEquals(typed, failed.attemptedUid());
    assertTrue(log.stats().written() >= 2);
    assertEquals(droppedBefore, log.stats().dropped(), "nothing dropped (the queue takes 50 in this test WAR)");
  }

  @Test
  void linesDroppedByAFullQueueBecomeAChainedGapLineWithTheirCount() {
    String user = uid("flood");
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.MILLIS);
    long droppedBefore = log.stats().dropped();
    // the queue of this test WAR takes 50 lines (traffic-it-config.properties): 200 at once overflow it
    for (int i = 0; i < 200; i++) {
      log.request(at(OffsetDateTime.now(ZoneOffset.ofHours(7)), user, "/flood/" + i));
    }
    long dropped = log.stats().dropped() - droppedBefore;
    assertTrue(dropped > 0, "the full queue dropped lines");
    queue.drain();
    OffsetDateTime end = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(1);
    List<TrafficRow> gaps = traffic.search(AUDITOR, new TrafficQuery(start, end, null, null, TrafficKind.GAP, null),
        0, 100).rows();
    assertFalse(gaps.isEmpty(), "the loss is a line of the record itself");
    // one GAP line, or two when the scheduled drain ran in the middle of the flood: together the count
    assertEquals(dropped, gaps.stream().mapToLong(TrafficRow::bytes).sum(), gaps.toString());
    assertTrue(gaps.get(0).url().startsWith("dropped "), gaps.get(0).url());
    List<TrafficRow> kept = traffic.search(AUDITOR, new TrafficQuery(null, null, user, null, null, null), 0, 500).rows();
    assertEquals(200 - dropped, kept.size());
    long lastFlood = kept.stream().mapToLong(TrafficRow::seq).max().orElseThrow();
    // the writer puts the GAP line ahead of the lines still queued at its next drain, not at some later time
    assertTrue(gaps.stream().anyMatch(g -> g.seq() < lastFlood), "written as soon as the writer could");
    VerifyReport r = traffic.verify(AUDITOR, start, end);
    assertTrue(r.isIntact(), "the GAP line is chained like any other: " + r.findings());
    assertTrue(r.rowsChecked() >= kept.size() + gaps.size());
  }

  /**
   * Two instances (issue 19) each drain their own queue through their own {@link TrafficWriter}
   * into the one database: here two threads call the writer directly, outside this instance's
   * queue and its drain lock, so nothing in this JVM puts them in turn; only the head row's lock
   * can. Each batch must come out as one unbroken run of seq, every line stored once, and the
   * stretch verify as one chain (without the head lock the second writer's batch reuses the
   * first's seqs and fails on the primary key, or forks the chain).
   */
  @Test
  void twoWritersAppendingAtOnceMakeOneChainThatVerifies() throws Exception {
    String[] users = {uid("writer-a"), uid("writer-b")};
    int batches = 24;
    int perBatch = 20;
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.MILLIS);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    List<java.util.concurrent.Future<List<ChainHead>>> done = new java.util.ArrayList<>();
    try {
      for (String user : users) {
        done.add(pool.submit(() -> {
          go.await();
          List<ChainHead> heads = new java.util.ArrayList<>();
          for (int b = 0; b < batches; b++) {
            List<TrafficEntry> batch = new java.util.ArrayList<>();
            for (int i = 0; i < perBatch; i++) {
              batch.add(at(OffsetDateTime.now(ZoneOffset.ofHours(7)), user, "/batch/" + b + "/" + i));
            }
            heads.add(writer.write(batch));
          }
          return heads;
        }));
      }
      go.countDown();
      List<List<ChainHead>> heads = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<List<ChainHead>> f : done) {
        heads.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
      }
      OffsetDateTime end = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(1);
      java.util.Set<Long> seen = new java.util.HashSet<>();
      int interleaved = 0;
      for (int w = 0; w < 2; w++) {
        List<TrafficRow> rows = traffic.search(AUDITOR, new TrafficQuery(null, null, users[w], null, null, null), 0,
            TrafficService.MAX_PAGE).rows();
        assertEquals(batches * perBatch, rows.size(), "every line of writer " + w + " stored once");
        java.util.Map<Long, TrafficRow> bySeq = new java.util.HashMap<>();
        for (TrafficRow r : rows) {
          assertTrue(seen.add(r.seq()), "seq " + r.seq() + " taken twice");
          bySeq.put(r.seq(), r);
        }
        for (int b = 0; b < batches; b++) {
          long last = heads.get(w).get(b).seq();
          for (int i = 0; i < perBatch; i++) {
            TrafficRow r = bySeq.get(last - perBatch + 1 + i);
            assertTrue(r != null && r.url().equals("/batch/" + b + "/" + i),
                "batch " + b + " of writer " + w + " is one run of seq ending at " + last);
          }
        }
      }
      List<Long> a = heads.get(0).stream().map(ChainHead::seq).toList();
      List<Long> b = heads.get(1).stream().map(ChainHead::seq).toList();
      for (long s : a) {
        interleaved += b.stream().anyMatch(x -> x > s) && b.stream().anyMatch(x -> x < s) ? 1 : 0;
      }
      System.out.println("TrafficIT: two writers, " + batches + " batches each; batches of the first between two "
          + "of the second: " + interleaved);
      VerifyReport r = traffic.verify(AUDITOR, start, end);
      assertTrue(r.isIntact(), r.findings().toString());
      assertTrue(r.rowsChecked() >= 2L * batches * perBatch, "checked " + r.rowsChecked());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void verifyReportsARowChangedAndARowDeletedDirectlyInTheDatabase() throws Exception {
    String user = uid("tamper");
    OffsetDateTime base = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(40)
        .minusMinutes(N.incrementAndGet() * 7L).truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < 6; i++) {
      log.request(at(base.plusSeconds(i), user, "/page/" + i));
    }
    queue.drain();
    List<TrafficRow> rows = rowsOf(user);
    assertEquals(6, rows.size());
    VerifyReport before = traffic.verify(AUDITOR, base, base.plusSeconds(6));
    assertTrue(before.isIntact(), before.findings().toString());
    assertTrue(before.rowsChecked() >= 6);

    long changed = rows.stream().filter(r -> r.url().equals("/page/2")).findFirst().orElseThrow().seq();
    long deleted = rows.stream().filter(r -> r.url().equals("/page/4")).findFirst().orElseThrow().seq();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("UPDATE trf_record SET source_addr = '203.0.113.66' WHERE seq = ?")) {
        ps.setLong(1, changed);
        assertEquals(1, ps.executeUpdate());
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM trf_record WHERE seq = ?")) {
        ps.setLong(1, deleted);
        assertEquals(1, ps.executeUpdate());
      }
    }
    VerifyReport after = traffic.verify(AUDITOR, base, base.plusSeconds(6));
    assertFalse(after.isIntact());
    assertTrue(after.findings().contains(new Finding(Finding.Kind.CHANGED, changed, changed)), after.findings().toString());
    assertTrue(after.findings().contains(new Finding(Finding.Kind.MISSING, deleted, deleted)), after.findings().toString());
  }

  @Test
  void aRowDeletedWithAForgedPurgeRowDoesNotVerifyAndTheFirstBrokenLinkIsNamed() throws Exception {
    String user = uid("forge");
    OffsetDateTime base = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(50)
        .minusMinutes(N.incrementAndGet() * 13L).truncatedTo(ChronoUnit.SECONDS);
    for (int i = 0; i < 5; i++) {
      log.request(at(base.plusSeconds(i), user, "/forge/" + i));
    }
    queue.drain();
    List<TrafficRow> rows = rowsOf(user);
    assertEquals(5, rows.size());
    long lo = rows.stream().mapToLong(TrafficRow::seq).min().orElseThrow();
    long hi = rows.stream().mapToLong(TrafficRow::seq).max().orElseThrow();
    // other tests tamper with rows of their own; only this test's rows are judged here
    java.util.function.Predicate<Finding> mine = f -> f.lastSeq() >= lo && f.firstSeq() <= hi;
    VerifyReport before = traffic.verify(AUDITOR, base, base.plusSeconds(5));
    assertTrue(before.findings().stream().noneMatch(mine), before.findings().toString());
    long gone = rows.stream().filter(r -> r.url().equals("/forge/2")).findFirst().orElseThrow().seq();
    // one connection throughout: the deleted row is kept in a temporary table and put back at the end,
    // and the forged purge row removed, so that the other tests' verifications are not disturbed
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      long forgedId;
      try (PreparedStatement ps = c.prepareStatement(
          "CREATE TEMPORARY TABLE t15_saved AS SELECT * FROM trf_record WHERE seq = ?")) {
        ps.setLong(1, gone);
        ps.executeUpdate();
      }
      String hash;
      try (PreparedStatement ps = c.prepareStatement("SELECT row_hash FROM trf_record WHERE seq = ?")) {
        ps.setLong(1, gone);
        try (var rs = ps.executeQuery()) {
          rs.next();
          hash = rs.getString(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT nextval('trf_purge_seq')"); var rs = ps.executeQuery()) {
        rs.next();
        forgedId = rs.getLong(1);
      }
      try {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM trf_record WHERE seq = ?")) {
          ps.setLong(1, gone);
          assertEquals(1, ps.executeUpdate());
        }
        // the database's own user forges the purge row, with the true hash and a MAC it cannot make
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO trf_purge (id, first_seq, last_seq, last_hash,"
            + " row_count, cutoff, purged_at, anchor_mac) VALUES (?, ?, ?, ?, 1, now(), now(), ?)")) {
          ps.setLong(1, forgedId);
          ps.setLong(2, gone);
          ps.setLong(3, gone);
          ps.setString(4, hash);
          ps.setString(5, hash);
          assertEquals(1, ps.executeUpdate());
        }
        VerifyReport after = traffic.verify(AUDITOR, base, base.plusSeconds(5));
        assertFalse(after.isIntact(), "a forged purge row does not explain a deletion");
        assertEquals(after.findings().get(0).firstSeq(), after.getFirstBrokenSeq(), "the first broken link is named");
        assertTrue(after.findings().contains(new Finding(Finding.Kind.FORGED_ANCHOR, gone, gone)),
            after.findings().toString());
        assertTrue(after.findings().contains(new Finding(Finding.Kind.MISSING, gone, gone)), after.findings().toString());
        assertTrue(after.getFirstBrokenSeq() <= gone);
      } finally {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM trf_purge WHERE id = ?")) {
          ps.setLong(1, forgedId);
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO trf_record SELECT * FROM t15_saved WHERE NOT EXISTS (SELECT 1 FROM trf_record WHERE seq = ?)")) {
          ps.setLong(1, gone);
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DROP TABLE t15_saved")) {
          ps.executeUpdate();
        }
      }
    }
    VerifyReport back = traffic.verify(AUDITOR, base, base.plusSeconds(5));
    assertTrue(back.findings().stream().noneMatch(mine), "put back, it verifies again: " + back.findings());
  }

  @Test
  void theDailyAnchorIsASignedLineInAFileOutsideTheDatabase() {
    String line = traffic.writeAnchor(AUDITOR);
    assertTrue(line.matches(".* seq=\\d+ head=[0-9a-f]{64} lines=\\d+ audit-seq=\\d+ audit-head=[0-9a-f]{64} "
        + "audit-entries=\\d+ mac=[0-9a-f]{64}"), line);
    assertTrue(traffic.anchors(AUDITOR, 10).contains(line));
    assertTrue(th.obec.esa.ict.traffic.chain.DailyAnchor.signed(line));
    assertFalse(th.obec.esa.ict.traffic.chain.DailyAnchor.signed(line.replaceFirst("lines=\\d+", "lines=1")),
        "an anchor line changed by hand no longer carries the key's MAC");
  }

  @Test
  void aRowOlderThanNinetyDaysIsPurgedUnlessAnExtensionCoversIt() {
    String user = uid("purge");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));
    OffsetDateTime old = now.minusDays(100).minusMinutes(N.incrementAndGet() * 11L).truncatedTo(ChronoUnit.SECONDS);
    log.request(at(old, user, "/old"));
    log.request(at(old.plusSeconds(30), user, "/old-extended"));
    log.request(at(now.minusDays(89), user, "/recent"));
    queue.drain();
    assertEquals(3, rowsOf(user).size());
    traffic.addExtension(AUDITOR, new NewExtension("ศธ 04123/" + N.get(), "พนักงานสอบสวน สภ.เมือง",
        old.plusSeconds(20), old.plusSeconds(40), now.toLocalDate().plusDays(30), "IT: คดีทดสอบ"));

    PurgeResult result = purge.purge(now);
    assertTrue(result.rows() >= 1);
    List<String> left = rowsOf(user).stream().map(TrafficRow::url).sorted().toList();
    assertEquals(List.of("/old-extended", "/recent"), left);
    VerifyReport r = traffic.verify(AUDITOR, old.minusSeconds(1), old.plusSeconds(60));
    assertTrue(r.isIntact(), "the purge keeps the chain verifiable: " + r.findings());
    assertTrue(r.rowsChecked() >= 1);
  }

  @Test
  void readingIsRefusedWithoutTheAuditorRoleAndRecordedWithIt() {
    Actor staff = Actor.self(uid("staff"), Roles.STAFF, Roles.ICT_OFFICER, Roles.ORG_ADMIN);
    TrafficQuery all = new TrafficQuery(null, null, null, null, null, null);
    assertThrows(AccessDeniedException.class, () -> traffic.search(staff, all, 0, 10));
    assertThrows(AccessDeniedException.class, () -> traffic.verify(staff, null, null));
    assertThrows(AccessDeniedException.class, () -> traffic.export(staff, all, "x", new ByteArrayOutputStream()));
    assertTrue(auditService.recent(200).stream().noneMatch(e -> e.getActorUid().equals(staff.uid())));

    Actor auditor = Actor.self(uid("auditor"), Roles.AUDITOR);
    String user = uid("read");
    log.request(at(OffsetDateTime.now(), user, "/x"));
    queue.drain();
    TrafficPage page = traffic.search(auditor, new TrafficQuery(null, null, user, null, null, null), 0, 10);
    assertEquals(1, page.total());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    ExportResult export = traffic.export(auditor, new TrafficQuery(null, null, user, null, null, null),
        "หนังสือ สภ.เมือง ที่ 0001/2568", zip);
    assertEquals(1, export.rows());
    assertTrue(zip.size() > 0);
    List<AuditEntry> trail = auditService.recent(200).stream().filter(e -> e.getActorUid().equals(auditor.uid())).toList();
    assertTrue(trail.stream().anyMatch(e -> e.getAction().equals("traffic.searched") && e.getDetail().contains(user)));
    assertTrue(trail.stream().anyMatch(e -> e.getAction().equals("traffic.exported")
        && e.getDetail().contains(export.sha256()) && e.getDetail().contains("0001/2568")));
  }
}
