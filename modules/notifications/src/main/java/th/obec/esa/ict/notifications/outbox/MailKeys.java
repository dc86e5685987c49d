package th.obec.esa.ict.notifications.outbox;

import java.time.LocalDate;

/**
 * The unique key of each mail in the outbox: queuing a mail whose key is there already adds
 * nothing, so a job run twice (or on two instances) sends each mail once.
 */
public final class MailKeys {

  private MailKeys() {}

  /** The daily digest of one person for one day. */
  public static String digest(String uid, LocalDate day) {
    return "digest:" + day + ":" + uid;
  }

  /** A request waiting for one person, from one step of its flow. */
  public static String waiting(String uid, long eventId) {
    return "waiting:" + eventId + ":" + uid;
  }

  /** One's own request decided (or sent back, done, returned), from one step of its flow. */
  public static String decided(String uid, long eventId) {
    return "decided:" + eventId + ":" + uid;
  }
}
