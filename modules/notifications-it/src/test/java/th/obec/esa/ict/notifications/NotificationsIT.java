package th.obec.esa.ict.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.forms.api.LoanDue;
import th.obec.esa.ict.forms.api.SubmissionStepped;
import th.obec.esa.ict.forms.api.WaitingTask;
import th.obec.esa.ict.notifications.api.MailChoice;
import th.obec.esa.ict.notifications.api.MailPreferences;
import th.obec.esa.ict.notifications.digest.DigestJob;
import th.obec.esa.ict.notifications.mail.MailSettings;
import th.obec.esa.ict.notifications.outbox.MailKeys;
import th.obec.esa.ict.notifications.outbox.Outbox;
import th.obec.esa.ict.notifications.outbox.OutboxMail;
import th.obec.esa.ict.notifications.outbox.OutboxSending;
import th.obec.esa.ict.notifications.outbox.OutboxTimer;
import th.obec.esa.ict.notifications.outbox.OutboxView;
import th.obec.esa.ict.notifications.testdoubles.InTransaction;
import th.obec.esa.ict.notifications.testdoubles.TestMailConfig;
import th.obec.esa.ict.notifications.testdoubles.TestReminders;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.testing.Deployments;

/**
 * The notifications on Payara Micro against the tests' PostgreSQL and LDAP (the demo directory,
 * with its mail addresses) and a real SMTP server (GreenMail, started here on a free port): a
 * step mails who chose it, in Thai with the link, once; a rolled-back decision mails nobody; with
 * the server down nothing is lost and the mail goes once it is back; two senders at once send each
 * mail once; the digest run twice on one day is queued once. Each test uses its own submission
 * ids and day.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "notifications-it.war"))
        .addPackages(true, "th.obec.esa.ict.notifications")
        // only what the notifications use of the providers' api packages (the rest there needs their internals)
        .addClasses(th.obec.esa.ict.forms.api.SubmissionStepped.class, th.obec.esa.ict.forms.api.Reminders.class,
            WaitingTask.class, LoanDue.class, th.obec.esa.ict.forms.api.AccessExpiring.class,
            th.obec.esa.ict.records.api.ReturnReminders.class, th.obec.esa.ict.records.api.DueRound.class,
            th.obec.esa.ict.evaluation.api.EvaluationReminders.class,
            th.obec.esa.ict.evaluation.api.EvaluationToAnswer.class)
        .addAsResource("META-INF/persistence.xml")
        .addAsLibraries(Deployments.libraries("platform", "core", "flyway-core", "flyway-database-postgresql",
            "jackson-databind", "jackson-core", "jackson-annotations", "jackson-dataformat-toml", "unboundid-ldapsdk",
            "postgresql", "greenmail", "slf4j-api"));
  }

  @EJB OutboxTimer timer;
  @EJB OutboxSending sending;
  @EJB Outbox outbox;
  @EJB DigestJob digests;
  @EJB MailPreferences preferences;
  @EJB InTransaction tx;
  @Resource ManagedExecutorService executor;

  private GreenMail smtp;

  @AfterEach
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private GreenMail startSmtp(int port) {
    GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    g.start();
    smtp = g;
    return g;
  }

  private static MailSettings settings(int port) {
    MailSettings s = new MailSettings("127.0.0.1", port, MailSettings.NONE, null, null, "ict-intranet@esa.local",
        "https://intranet.esa.local");
    TestMailConfig.set(s);
    return s;
  }

  private static SubmissionStepped step(long id, String transition, String state, String requester, String actor) {
    return new SubmissionStepped(id, "F03", "แบบคำขอซ่อมบำรุงคอมพิวเตอร์", "ศธ 04086/" + id, "เครื่องพิมพ์เสีย " + id,
        transition, state, requester, requester, actor, null);
  }

  private static List<MimeMessage> to(GreenMail g, String address) throws Exception {
    List<MimeMessage> out = new ArrayList<>();
    for (MimeMessage m : g.getReceivedMessages()) {
      if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
        out.add(m);
      }
    }
    return out;
  }

  @Test
  void aSubmittedRequestMailsTheReviewerWhoChoseItOnceInThaiWithTheLink() throws Exception {
    GreenMail g = startSmtp(freePort());
    MailSettings s = settings(g.getSmtp().getPort());
    long id = IDS.incrementAndGet();
    Actor khwansiri = Actor.self("khwansiri", Roles.STAFF, Roles.ICT_OFFICER);
    MailChoice chosen = preferences.choose(khwansiri, true);
    assertTrue(chosen.immediateDecisions());
    assertEquals("khwansiri@esa.local", chosen.address());
    TestReminders.waits("khwansiri", new WaitingTask(id, "F03", "แบบคำขอซ่อมบำรุงคอมพิวเตอร์", "ศธ 04086/" + id,
        "เครื่องพิมพ์เสีย " + id, "นายสมชาย โกฎวิเชียร", "REVIEW", null));

    tx.step(step(id, "SUBMIT", "SUBMITTED", "somchai", "somchai"), false);
    timer.run(s);
    assertTrue(g.waitForIncomingEmail(5000, 1));
    timer.run(s);

    List<MimeMessage> mails = to(g, "khwansiri@esa.local");
    assertEquals(1, mails.size(), "one mail, however often the timer runs");
    MimeMessage m = mails.get(0);
    assertEquals("[ระบบสารสนเทศกลุ่ม ICT] รอท่านตรวจสอบ: แบบคำขอซ่อมบำรุงคอมพิวเตอร์ ที่ ศธ 04086/" + id,
        m.getSubject());
    assertEquals("ict-intranet@esa.local", m.getFrom()[0].toString());
    String body = GreenMailUtil.getBody(m);
    String text = (String) m.getContent();
    assertTrue(text.startsWith("เรียน นางขวัญศิริ กองช่าง"), text);
    assertTrue(text.contains("เรื่อง เครื่องพิมพ์เสีย " + id + " ของ นายสมชาย โกฎวิเชียร"), text);
    assertTrue(text.contains("https://intranet.esa.local/forms/inbox.xhtml"), text);
    assertFalse(body.isEmpty());
    // the requester chose nothing: his news waits for the digest
    assertEquals(0, to(g, "somchai@esa.local").size());
  }

  @Test
  void aDecisionOnOnesOwnRequestMailsTheRequesterWhoChoseItAndARolledBackOneMailsNobody() throws Exception {
    GreenMail g = startSmtp(freePort());
    MailSettings s = settings(g.getSmtp().getPort());
    preferences.choose(Actor.self("wiparat", Roles.STAFF), true);
    long rolledBack = IDS.incrementAndGet();
    EJBException failed = org.junit.jupiter.api.Assertions.assertThrows(EJBException.class,
        () -> tx.step(step(rolledBack, "APPROVE", "APPROVED", "wiparat", "nanphat"), true));
    assertTrue(failed.getMessage() != null || failed.getCause() != null);
    long approved = IDS.incrementAndGet();
    SubmissionStepped rejected = step(approved, "REJECT", "REJECTED", "wiparat", "nanphat").withComment("เกินวงเงิน");
    tx.step(rejected, false);
    timer.run(s);
    assertTrue(g.waitForIncomingEmail(5000, 1));
    List<MimeMessage> mails = to(g, "wiparat@esa.local");
    assertEquals(1, mails.size());
    assertTrue(mails.get(0).getSubject().contains("คำขอของท่านไม่ได้รับอนุมัติ"), mails.get(0).getSubject());
    String text = (String) mails.get(0).getContent();
    assertTrue(text.contains("เหตุผล: เกินวงเงิน"), text);
    assertTrue(text.contains("https://intranet.esa.local/forms/view.xhtml?id=" + approved), text);
  }

  @Test
  void withTheServerDownNothingIsLostAndTheMailGoesOnceWhenItIsBack() throws Exception {
    int port = freePort();
    MailSettings s = settings(port);
    String key = "test:down:" + IDS.incrementAndGet();
    tx.run(em -> outbox.enqueue(key, "somchai", "TEST", "ทดสอบ " + key, "เนื้อความ " + key));

    OutboxSending.Pass down = sending.sendDue(s, "down-1", 100);
    assertTrue(down.failed() >= 1);
    OutboxView waiting = outbox.byKey(key).orElseThrow();
    assertEquals(OutboxMail.PENDING, waiting.state());
    assertTrue(waiting.attempts() >= 1);
    assertTrue(waiting.lastError() != null && !waiting.lastError().isBlank());
    assertTrue(waiting.nextAttemptAt().isAfter(java.time.OffsetDateTime.now()), "tried again after the backoff");

    GreenMail g = startSmtp(port);
    sending.sendDue(s, "up-1", 100);
    assertEquals(0, to(g, "somchai@esa.local").stream().filter(m -> subject(m).equals("ทดสอบ " + key)).count(),
        "not before its next attempt");
    tx.makeRetriesDueNow();
    sending.sendDue(s, "up-2", 100);
    tx.makeRetriesDueNow();
    sending.sendDue(s, "up-3", 100);
    assertEquals(1, to(g, "somchai@esa.local").stream().filter(m -> subject(m).equals("ทดสอบ " + key)).count());
    OutboxView sent = outbox.byKey(key).orElseThrow();
    assertEquals(OutboxMail.SENT, sent.state());
    assertEquals("somchai@esa.local", sent.sentTo());
  }

  @Test
  void twoSendersAtOnceSendEachMailOnce() throws Exception {
    GreenMail g = startSmtp(freePort());
    MailSettings s = settings(g.getSmtp().getPort());
    String prefix = "test:pair:" + IDS.incrementAndGet() + ":";
    int count = 40;
    tx.run(em -> {
      for (int i = 0; i < count; i++) {
        outbox.enqueue(prefix + i, i % 2 == 0 ? "somchai" : "sinlapachai", "TEST", prefix + i, "ทดสอบ " + i);
      }
    });
    CountDownLatch start = new CountDownLatch(1);
    List<Future<OutboxSending.Pass>> passes = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      String token = prefix + "sender-" + t;
      passes.add(executor.submit(() -> {
        start.await();
        return sending.sendDue(s, token, 200);
      }));
    }
    start.countDown();
    int sent = 0;
    for (Future<OutboxSending.Pass> p : passes) {
      sent += p.get(60, TimeUnit.SECONDS).sent();
    }
    assertTrue(g.waitForIncomingEmail(10_000, count));
    List<String> subjects = Arrays.stream(g.getReceivedMessages()).map(NotificationsIT::subject)
        .filter(x -> x.startsWith(prefix)).toList();
    assertEquals(count, subjects.size(), "each mail once: " + subjects);
    assertEquals(count, new HashSet<>(subjects).size());
    assertTrue(sent >= count);
    for (int i = 0; i < count; i++) {
      assertEquals(OutboxMail.SENT, outbox.byKey(prefix + i).orElseThrow().state());
    }
  }

  @Test
  void theDigestRunTwiceOnOneDayIsQueuedAndSentOnce() throws Exception {
    GreenMail g = startSmtp(freePort());
    MailSettings s = settings(g.getSmtp().getPort());
    LocalDate day = LocalDate.of(2030, 1, 1).plusDays(IDS.incrementAndGet() % 3000);
    long loan = IDS.incrementAndGet();
    TestReminders.LOANS.add(new LoanDue(loan, "ศธ 04086/" + loan, "sinlapachai", "7440-001-0001/66",
        "โน้ตบุ๊ก", day.plusDays(1), 0));
    try {
      int first = digests.run(day, s);
      assertTrue(first >= 1);
      assertEquals(0, digests.run(day, s), "the second run of the day queues nothing");
      assertTrue(outbox.exists(MailKeys.digest("sinlapachai", day)));
      sending.sendDue(s, "digest-" + loan, 200);
      sending.sendDue(s, "digest-again-" + loan, 200);
      List<MimeMessage> mails = to(g, "sinlapachai@esa.local").stream()
          .filter(m -> subject(m).contains("สรุปงานประจำวันที่")).toList();
      assertEquals(1, mails.size());
      String text = (String) mails.get(0).getContent();
      assertTrue(text.contains("ครบกำหนดคืนพรุ่งนี้"), text);
      assertTrue(text.contains("https://intranet.esa.local/forms/view.xhtml?id=" + loan), text);
    } finally {
      TestReminders.LOANS.clear();
    }
  }

  @Test
  void withNoServerConfiguredNothingIsRecorded() {
    TestMailConfig.set(new MailSettings("", 25, MailSettings.NONE, null, null, null, "http://localhost:8080"));
    long id = IDS.incrementAndGet();
    tx.step(step(id, "SUBMIT", "SUBMITTED", "somchai", "somchai"), false);
    Set<Long> recorded = new HashSet<>();
    tx.run(em -> recorded.addAll(em.createQuery("SELECT e.submissionId FROM StepEvent e WHERE e.submissionId = :id",
        Long.class).setParameter("id", id).getResultList()));
    assertTrue(recorded.isEmpty());
    assertFalse(preferences.of(Actor.self("somchai", Roles.STAFF)).mailOn());
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
