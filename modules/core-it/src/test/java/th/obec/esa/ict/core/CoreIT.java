package th.obec.esa.ict.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.core.audit.AuditEntry;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.core.directory.DirectoryPerson;
import th.obec.esa.ict.core.directory.DirectoryService;
import th.obec.esa.ict.core.directory.DirectoryWriteException;
import th.obec.esa.ict.core.directory.NewDirectoryAccount;
import th.obec.esa.ict.core.directory.WritableDirectoryConfig;
import th.obec.esa.ict.core.schema.SchemaMigration;
import th.obec.esa.ict.platform.audit.AuditTrail;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.testing.Deployments;

/**
 * The core module on Payara Micro, against the tests' real PostgreSQL and LDAP server, with the
 * audit chain's checks ({@link AuditChainChecks}). One deployment for all of core's container tests: each deployment is a Payara Micro start, and
 * core's are on the build's critical path (every other module waits for core).
 */
@ExtendWith(ArquillianExtension.class)
class CoreIT implements AuditChainChecks {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "core-it.war"))
        .addPackages(true, "th.obec.esa.ict.core")
        .addAsResource("META-INF/persistence.xml")
        .addAsResource("META-INF/microprofile-config.properties")
        .addAsResource("ldap/demo.ldif")
        // the tests' LDAP server, writable as the office's directory would be (account creation)
        .addAsServiceProvider(ConfigSource.class, WritableDirectoryConfig.class)
        .addAsLibraries(Deployments.libraries("platform", "flyway-core", "flyway-database-postgresql",
            "jackson-databind", "jackson-core", "jackson-annotations", "jackson-dataformat-toml",
            "unboundid-ldapsdk", "postgresql"));
  }

  @EJB SchemaMigration schema;
  @EJB AuditService auditService;
  @EJB ChainedWrites writes;
  @Resource(lookup = "java:app/jdbc/ict") DataSource dataSource;
  @EJB AuditTrail audit;
  @EJB DirectoryService directory;
  @Inject UserTransaction tx;
  @EJB th.obec.esa.ict.core.api.JobRuns runs;

  @Override
  public AuditService auditService() {
    return auditService;
  }

  @Override
  public ChainedWrites writes() {
    return writes;
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Test
  void theSchemaIsMigratedAtStartOnPostgreSql() {
    assertNotNull(schema.schemaVersion());
    assertTrue(Integer.parseInt(schema.schemaVersion().split("\\.")[0]) >= 1);
  }

  @Test
  void anAuditEntryKeepsWhoActedForWhomAndWhy() throws Exception {
    tx.begin();
    audit.record(new Actor("khwansiri", "nanphat", "คำสั่ง 275/2561 ข้อ 2.11"), "test.approved", "test", "CoreIT-1", "อนุมัติ");
    tx.commit();
    List<AuditEntry> entries = auditService.forSubject("test", "CoreIT-1");
    assertEquals(1, entries.size());
    AuditEntry e = entries.get(0);
    assertEquals("khwansiri", e.getActorUid());
    assertEquals("nanphat", e.getActingForUid());
    assertEquals("คำสั่ง 275/2561 ข้อ 2.11", e.getBasis());
    assertNotNull(e.getAt());
  }

  @Test
  void anAuditEntryIsNeverWrittenWithoutTheChangeItsTransactionCarries() throws Exception {
    assertThrows(EJBException.class, () -> audit.record(Actor.self("nanphat"), "test.x", "test", "CoreIT-2", null));
    tx.begin();
    audit.record(Actor.self("nanphat"), "test.rolledback", "test", "CoreIT-3", null);
    tx.rollback();
    assertTrue(auditService.forSubject("test", "CoreIT-3").isEmpty());
  }

  @Test
  void aPersonSignsInWithTheDirectoryPasswordOverLdap() {
    Optional<DirectoryPerson> nanphat = directory.authenticate("nanphat", "demo");
    assertTrue(nanphat.isPresent());
    assertEquals("นางนันทน์ภัส เกียรติมาพรศักดิ์", nanphat.get().thaiName());
    assertTrue(nanphat.get().roles().contains("ict-officer"));
    assertTrue(nanphat.get().roles().contains("staff"));
  }

  @Test
  void aWrongPasswordOrAnUnknownPersonIsRefusedAlike() {
    assertTrue(directory.authenticate("nanphat", "wrong").isEmpty());
    assertTrue(directory.authenticate("nobody", "demo").isEmpty());
    assertTrue(directory.authenticate("nanphat", "").isEmpty());
    assertTrue(directory.authenticate("*", "demo").isEmpty());
  }

  /**
   * Passwords are checked on kept connections: what one check left on a connection (a failed bind,
   * another person's identity) never decides the next check, whether one at a time or many at once.
   */
  @Test
  void aCheckedPasswordDependsOnNothingAnEarlierCheckLeft() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertTrue(directory.authenticate("nanphat", "demo").isPresent());
      assertTrue(directory.authenticate("nanphat", "wrong").isEmpty());
      assertTrue(directory.authenticate("khwansiri", "demo").isPresent());
      assertTrue(directory.authenticate("khwansiri", "").isEmpty());
      assertTrue(directory.authenticate("nobody", "demo").isEmpty());
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
    try {
      List<java.util.concurrent.Future<Boolean>> right = new java.util.ArrayList<>();
      List<java.util.concurrent.Future<Boolean>> wrong = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        right.add(pool.submit(() -> directory.authenticate("nanphat", "demo").isPresent()));
        wrong.add(pool.submit(() -> directory.authenticate("nanphat", "not-her-password").isPresent()));
      }
      for (int i = 0; i < 40; i++) {
        assertTrue(right.get(i).get(), "the right password, check " + i);
        assertFalse(wrong.get(i).get(), "a wrong password, check " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theDirectoryIsReachable() {
    assertTrue(directory.isReachable());
  }

  /**
   * Account creation against the tests' real LDAP server, written with the configured bind account
   * {@code uid=intranet,ou=services,dc=esa,dc=local}: the new person can sign in with the initial
   * password at once, and has the groups asked for (a missing group is created).
   */
  @Test
  void aCreatedAccountCanSignInAndHasItsGroups() {
    assertTrue(directory.isWritable());
    String uid = "newuser" + System.nanoTime() % 1_000_000;
    char[] password = "Xk7#pQ2m-Rt9vW4z".toCharArray();
    Set<String> groups = new LinkedHashSet<>(List.of("staff", "internet"));
    DirectoryPerson created = directory.createAccount(new NewDirectoryAccount(uid, "นายทดสอบ ผู้ใช้ใหม่",
        "Mr. Thotsop Phuchaimai", "ครู", "โรงเรียนบ้านทดสอบ", uid + "@esa.local", groups), password);
    assertEquals(uid, created.uid());

    DirectoryPerson signedIn = directory.authenticate(uid, "Xk7#pQ2m-Rt9vW4z").orElseThrow();
    assertEquals("นายทดสอบ ผู้ใช้ใหม่", signedIn.thaiName());
    assertEquals("Mr. Thotsop Phuchaimai", signedIn.englishName());
    assertTrue(signedIn.groups().containsAll(groups), signedIn.groups().toString());
    assertTrue(directory.authenticate(uid, "wrong-password").isEmpty());

    assertThrows(DirectoryWriteException.class, () -> directory.createAccount(new NewDirectoryAccount(uid, "ซ้ำ",
        null, null, null, null, Set.of("staff")), "another-Pass-1".toCharArray()));
  }

  /**
   * Issue 19: a nightly job claims its day once; four claims at the same moment (four instances'
   * timers) on PostgreSQL give exactly one yes, and the day after is claimed afresh.
   */
  @Test
  void aJobsDayIsClaimedOnceEvenByFourAtTheSameMoment() throws Exception {
    String job = "core-it.job-" + System.nanoTime();
    java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 6);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<Boolean>> claims = new java.util.ArrayList<>();
      for (int i = 0; i < 4; i++) {
        claims.add(pool.submit(() -> {
          start.await();
          return runs.claim(job, day);
        }));
      }
      start.countDown();
      int yes = 0;
      for (var claim : claims) {
        yes += claim.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(1, yes, "one of four claims of the same day wins");
    } finally {
      pool.shutdownNow();
    }
    assertFalse(runs.claim(job, day), "a later claim of a claimed day");
    runs.finished(job, day, "done");
    assertTrue(runs.claim(job, day.plusDays(1)), "the next day is free");
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement q = c.prepareStatement(
            "SELECT count(*), count(finished_at), max(outcome) FROM core_job_run WHERE job = ?")) {
      q.setString(1, job);
      try (java.sql.ResultSet r = q.executeQuery()) {
        r.next();
        assertEquals(2, r.getInt(1));
        assertEquals(1, r.getInt(2));
        assertEquals("done", r.getString(3));
      }
    }
  }
}
