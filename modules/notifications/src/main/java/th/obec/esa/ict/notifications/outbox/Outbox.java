package th.obec.esa.ict.notifications.outbox;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table. A mail is queued PENDING under a unique key; a sender claims it by a
 * conditional UPDATE from PENDING to SENDING with its own token (one statement, so of two
 * instances that try the same row only one changes it: the other's UPDATE waits for the row lock
 * and then finds it no longer PENDING); it becomes SENT, goes back to PENDING with a later
 * attempt time (backoff) when sending failed, FAILED when the server refused the address for
 * good, NO_ADDRESS when the directory has no mail for the person. A row left SENDING by an
 * instance that stopped mid-send goes back to PENDING after {@link #STALE}.
 */
@Stateless
public class Outbox {

  /** How long a claim holds before the row may be claimed again (a sender that died). */
  public static final Duration STALE = Duration.ofMinutes(10);

  @PersistenceContext(unitName = "notifications")
  private EntityManager em;

  private final Clock clock = Clock.systemDefaultZone();

  /**
   * Queues a mail unless one with this key is there already (in the caller's transaction).
   *
   * @return whether it was queued now
   */
  public boolean enqueue(String key, String recipientUid, String kind, String subject, String body) {
    if (exists(key)) {
      return false;
    }
    em.persist(new OutboxMail(key, recipientUid, kind, cut(subject, 500), cut(body, 20000), now()));
    em.flush();
    return true;
  }

  /** Whether a mail with this key was ever queued. */
  public boolean exists(String key) {
    return !em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.mailKey = :key", Long.class)
        .setParameter("key", key).setMaxResults(1).getResultList().isEmpty();
  }

  /** The ids of up to {@code limit} mails due to be tried now, oldest first (not yet claimed). */
  public List<Long> due(int limit) {
    return em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.state = :pending AND m.nextAttemptAt <= :now"
        + " ORDER BY m.id", Long.class).setParameter("pending", OutboxMail.PENDING).setParameter("now", now())
        .setMaxResults(limit).getResultList();
  }

  /**
   * Claims one mail for this sender: true when this call moved it from PENDING to SENDING. Its own
   * transaction, so the row lock is held only for this statement.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(long id, String token) {
    return em.createQuery("UPDATE OutboxMail m SET m.state = :sending, m.claimToken = :token, m.claimedAt = :now"
        + " WHERE m.id = :id AND m.state = :pending").setParameter("sending", OutboxMail.SENDING)
        .setParameter("token", token).setParameter("now", now()).setParameter("id", id)
        .setParameter("pending", OutboxMail.PENDING).executeUpdate() == 1;
  }

  /** The mail as claimed by this token, or empty when the claim was lost (taken back as stale). */
  public Optional<OutboxMail> claimed(long id, String token) {
    OutboxMail m = em.find(OutboxMail.class, id);
    return m != null && OutboxMail.SENDING.equals(m.getState()) && token.equals(m.getClaimToken())
        ? Optional.of(m) : Optional.empty();
  }

  /** Sent to this address. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void sent(long id, String token, String address) {
    finish(id, token, OutboxMail.SENT, address, null);
  }

  /** The directory has no mail address for the person: nothing to send, ever. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void noAddress(long id, String token) {
    finish(id, token, OutboxMail.NO_ADDRESS, null, "no mail address in the directory");
  }

  /**
   * Sending failed: tried again after the backoff, or FAILED for good when {@code permanent}
   * (the server refused the address).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long id, String token, String error, boolean permanent) {
    OutboxMail m = em.find(OutboxMail.class, id);
    if (m == null || !token.equals(m.getClaimToken())) {
      return;
    }
    int attempts = m.getAttempts() + 1;
    em.createQuery("UPDATE OutboxMail m SET m.state = :state, m.attempts = :attempts, m.nextAttemptAt = :next,"
        + " m.lastError = :error, m.claimToken = NULL, m.claimedAt = NULL WHERE m.id = :id AND m.claimToken = :token")
        .setParameter("state", permanent ? OutboxMail.FAILED : OutboxMail.PENDING).setParameter("attempts", attempts)
        .setParameter("next", now().plus(Backoff.after(attempts))).setParameter("error", cut(error, 1000))
        .setParameter("id", id).setParameter("token", token).executeUpdate();
  }

  /** Puts back to PENDING what a sender claimed and never finished. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int releaseStale() {
    return em.createQuery("UPDATE OutboxMail m SET m.state = :pending, m.claimToken = NULL, m.claimedAt = NULL"
        + " WHERE m.state = :sending AND m.claimedAt < :before").setParameter("pending", OutboxMail.PENDING)
        .setParameter("sending", OutboxMail.SENDING).setParameter("before", now().minus(STALE)).executeUpdate();
  }

  /** The mails not sent yet or not sendable (PENDING, SENDING, FAILED, NO_ADDRESS), oldest first. */
  public List<OutboxView> unsent(int limit) {
    return em.createQuery("SELECT m FROM OutboxMail m WHERE m.state <> :sent ORDER BY m.id", OutboxMail.class)
        .setParameter("sent", OutboxMail.SENT).setMaxResults(limit).getResultList().stream().map(OutboxMail::view)
        .toList();
  }

  /** The outbox row with this key, for tests and operators. */
  public Optional<OutboxView> byKey(String key) {
    return em.createQuery("SELECT m FROM OutboxMail m WHERE m.mailKey = :key", OutboxMail.class)
        .setParameter("key", key).getResultList().stream().findFirst().map(OutboxMail::view);
  }

  private void finish(long id, String token, String state, String address, String error) {
    em.createQuery("UPDATE OutboxMail m SET m.state = :state, m.sentTo = :to, m.sentAt = :now, m.lastError = :error,"
        + " m.attempts = m.attempts + 1 WHERE m.id = :id AND m.claimToken = :token").setParameter("state", state)
        .setParameter("to", address).setParameter("now", now()).setParameter("error", error).setParameter("id", id)
        .setParameter("token", token).executeUpdate();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
