package th.obec.esa.ict.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.core.audit.AuditChain;
import th.obec.esa.ict.core.audit.AuditEntry;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * The audit trail's HMAC chain on Payara Micro against the tests' PostgreSQL: concurrent writers
 * do not fork it, and an entry deleted or changed with plain SQL (as the database's own user could)
 * fails verification with the first broken link named. Each tampering test puts back what it broke,
 * so the whole-chain verification of the other tests is not disturbed. Run by {@link CoreIT}, in
 * its deployment. (The append's cost, about 3 ms with its head lock, was measured once on the
 * shared 2-core machine; it is not a test: timings there are noise.)
 */
interface AuditChainChecks {

  AtomicInteger N = new AtomicInteger();
  Actor AUDITOR = Actor.self("it-audit-auditor", Roles.AUDITOR);


  AuditService auditService();

  ChainedWrites writes();

  DataSource dataSource();

  private static String subject(String what) {
    return "AuditChain-" + what + "-" + System.nanoTime() % 1_000_000 + "-" + N.incrementAndGet();
  }

  private long seqOf(String subjectId, int index) {
    List<AuditEntry> entries = auditService().forSubject("test", subjectId);
    return entries.get(index).getChainSeq();
  }

  @Test
  default void concurrentWritersAppendOneGaplessChainThatVerifies() throws Exception {
    String subject = subject("concurrent");
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int n = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            writes().write("it-writer-" + n, subject, 1);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("AuditChainChecks: " + threads * perThread + " audited transactions from " + threads
        + " threads in " + ms + " ms");
    List<AuditEntry> entries = auditService().forSubject("test", subject);
    assertEquals(threads * perThread, entries.size());
    List<Long> seqs = entries.stream().map(AuditEntry::getChainSeq).sorted().toList();
    assertEquals(seqs.size(), seqs.stream().distinct().count(), "no two entries share a seq: the chain did not fork");
    for (AuditEntry e : entries) {
      assertNotNull(e.getLink());
      assertNotNull(e.getPrevLink());
    }
    AuditChain.Report r = auditService().verify(AUDITOR);
    assertTrue(r.isIntact(), r.findings().toString());
    assertTrue(r.entriesChecked() >= threads * perThread);
    assertEquals(-1, r.getFirstBrokenSeq());
  }

  @Test
  default void anEntryDeletedWithSqlBreaksTheChainAtItsSeq() throws Exception {
    String subject = subject("delete");
    writes().write("it-deleter", subject, 3);
    long gone = seqOf(subject, 1);
    assertTrue(auditService().verify(AUDITOR).isIntact());
    try (Connection c = dataSource().getConnection()) {
      c.setAutoCommit(true);
      exec(c, "CREATE TEMPORARY TABLE a15_saved AS SELECT * FROM core_audit WHERE chain_seq = ?", gone);
      try {
        assertEquals(1, exec(c, "DELETE FROM core_audit WHERE chain_seq = ?", gone));
        AuditChain.Report r = auditService().verify(AUDITOR);
        assertFalse(r.isIntact());
        assertEquals(gone, r.getFirstBrokenSeq(), r.findings().toString());
        assertTrue(r.findings().contains(new AuditChain.Finding(AuditChain.Finding.Kind.MISSING, gone, gone)),
            r.findings().toString());
      } finally {
        exec(c, "INSERT INTO core_audit SELECT * FROM a15_saved WHERE NOT EXISTS "
            + "(SELECT 1 FROM core_audit WHERE chain_seq = ?)", gone);
        exec(c, "DROP TABLE a15_saved");
      }
    }
    assertTrue(auditService().verify(AUDITOR).isIntact(), "put back, it verifies again");
  }

  @Test
  default void anEntryDeletedAndItsSuccessorRelinkedWithoutTheKeyStillBreaks() throws Exception {
    String subject = subject("relink");
    writes().write("it-relinker", subject, 3);
    long gone = seqOf(subject, 1);
    try (Connection c = dataSource().getConnection()) {
      c.setAutoCommit(true);
      exec(c, "CREATE TEMPORARY TABLE a15_relink AS SELECT * FROM core_audit WHERE chain_seq BETWEEN ? AND ?",
          gone, gone + 1);
      try {
        // the database's own user removes the entry and closes the gap: the next entry takes its seq and
        // the link before it, with a SHA-256 "link" of its own making (it has no key)
        exec(c, "DELETE FROM core_audit WHERE chain_seq = ?", gone);
        exec(c, "UPDATE core_audit SET chain_seq = ?, prev_link = (SELECT link FROM core_audit WHERE chain_seq = ?), "
            + "link = encode(sha256(convert_to(detail, 'UTF8')), 'hex') WHERE chain_seq = ?", gone, gone - 1, gone + 1);
        AuditChain.Report r = auditService().verify(AUDITOR);
        assertFalse(r.isIntact());
        assertEquals(gone, r.getFirstBrokenSeq(), r.findings().toString());
      } finally {
        exec(c, "DELETE FROM core_audit WHERE chain_seq BETWEEN ? AND ?", gone, gone + 1);
        exec(c, "INSERT INTO core_audit SELECT * FROM a15_relink");
        exec(c, "DROP TABLE a15_relink");
      }
    }
    assertTrue(auditService().verify(AUDITOR).isIntact(), "put back, it verifies again");
  }

  @Test
  default void anEntryChangedWithSqlBreaksTheChainAtItsSeq() throws Exception {
    String subject = subject("edit");
    writes().write("it-editor", subject, 3);
    long changed = seqOf(subject, 2);
    String detail;
    try (Connection c = dataSource().getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement("SELECT detail FROM core_audit WHERE chain_seq = ?")) {
        ps.setLong(1, changed);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          detail = rs.getString(1);
        }
      }
      try {
        assertEquals(1, exec(c, "UPDATE core_audit SET actor_uid = 'someone-else' WHERE chain_seq = ?", changed));
        AuditChain.Report r = auditService().verify(AUDITOR);
        assertFalse(r.isIntact());
        assertEquals(changed, r.getFirstBrokenSeq(), r.findings().toString());
        assertEquals(List.of(new AuditChain.Finding(AuditChain.Finding.Kind.CHANGED, changed, changed)),
            r.findings().stream().filter(f -> f.firstSeq() == changed).toList());
      } finally {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE core_audit SET actor_uid = 'it-editor', detail = ? WHERE chain_seq = ?")) {
          ps.setString(1, detail);
          ps.setLong(2, changed);
          ps.executeUpdate();
        }
      }
    }
    assertTrue(auditService().verify(AUDITOR).isIntact(), "put back, it verifies again");
  }

  @Test
  default void theLastEntryDeletedAndTheHeadMovedBackIsAnUnsignedHead() throws Exception {
    String subject = subject("head");
    writes().write("it-header", subject, 2);
    try (Connection c = dataSource().getConnection()) {
      c.setAutoCommit(false);
      try {
        // inside one transaction that is rolled back at the end: the head's row lock keeps writers out meanwhile
        long last;
        String prev;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq FROM core_audit_chain WHERE id = 1 FOR UPDATE");
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          last = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT prev_link FROM core_audit WHERE chain_seq = ?")) {
          ps.setLong(1, last);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            prev = rs.getString(1);
          }
        }
        exec(c, "DELETE FROM core_audit WHERE chain_seq = ?", last);
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE core_audit_chain SET last_seq = ?, last_link = ? WHERE id = 1")) {
          ps.setLong(1, last - 1);
          ps.setString(2, prev);
          ps.executeUpdate();
        }
        AuditChain.Report r = report(c, last - 1);
        assertFalse(r.isIntact());
        assertTrue(r.findings().contains(new AuditChain.Finding(AuditChain.Finding.Kind.HEAD_UNSIGNED, last - 1,
            last - 1)), r.findings().toString());
      } finally {
        c.rollback();
      }
    }
    assertTrue(auditService().verify(AUDITOR).isIntact(), "rolled back, it verifies again");
  }

  /** Verifies on the tampering connection itself (its changes are not committed). */
  private static AuditChain.Report report(Connection c, long headSeq) throws Exception {
    String link;
    String mac;
    try (PreparedStatement ps = c.prepareStatement("SELECT last_link, head_mac FROM core_audit_chain WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      link = rs.getString(1);
      mac = rs.getString(2);
    }
    th.obec.esa.ict.core.integrity.ChainKey key = th.obec.esa.ict.core.integrity.ChainKey.configured();
    AuditChain.Verifier v = new AuditChain.Verifier(key);
    try (PreparedStatement ps = c.prepareStatement("SELECT chain_seq, at_time, actor_uid, acting_for_uid, basis, "
        + "action, subject_type, subject_id, detail, prev_link, link FROM core_audit WHERE chain_seq IS NOT NULL "
        + "AND chain_seq <= ? ORDER BY chain_seq")) {
      ps.setLong(1, headSeq);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          v.accept(new AuditChain.Row(seq, AuditChain.canonical(seq, rs.getObject(2, java.time.OffsetDateTime.class),
              rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
              rs.getString(9)), rs.getString(10), rs.getString(11)));
        }
      }
    }
    return v.finish(headSeq, link, th.obec.esa.ict.core.integrity.ChainKey.same(key.auditHeadMac(headSeq, link), mac), 0);
  }

  @Test
  default void onlyAuditorsVerifyAndTheVerificationIsItselfRecorded() {
    assertThrows(AccessDeniedException.class,
        () -> auditService().verify(Actor.self("it-not-auditor", Roles.STAFF, Roles.ORG_ADMIN)));
    Actor auditor = Actor.self("it-audit-" + N.incrementAndGet(), Roles.AUDITOR);
    AuditChain.Report r = auditService().verify(auditor);
    assertTrue(auditService().recent(100).stream().anyMatch(e -> e.getActorUid().equals(auditor.uid())
        && e.getAction().equals("audit.verified") && e.getDetail().contains("entries=" + r.entriesChecked())));
  }

  private static int exec(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    }
  }
}
