package th.obec.esa.ict.notifications.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One mail to one person in the outbox ({@code ntf_outbox}); see {@link Outbox} for its states. */
@Entity
@Table(name = "ntf_outbox")
public class OutboxMail {

  public static final String PENDING = "PENDING";
  public static final String SENDING = "SENDING";
  public static final String SENT = "SENT";
  public static final String FAILED = "FAILED";
  public static final String NO_ADDRESS = "NO_ADDRESS";

  @Id
  @SequenceGenerator(name = "ntf_outbox_seq", sequenceName = "ntf_outbox_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ntf_outbox_seq")
  private Long id;

  @Column(name = "mail_key", nullable = false, length = 200)
  private String mailKey;

  @Column(name = "recipient_uid", nullable = false, length = 64)
  private String recipientUid;

  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Column(name = "subject", nullable = false, length = 500)
  private String subject;

  @Column(name = "body", nullable = false, length = 20000)
  private String body;

  @Column(name = "state", nullable = false, length = 12)
  private String state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "claim_token", length = 64)
  private String claimToken;

  @Column(name = "claimed_at")
  private OffsetDateTime claimedAt;

  @Column(name = "sent_to", length = 320)
  private String sentTo;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  protected OutboxMail() {}

  OutboxMail(String mailKey, String recipientUid, String kind, String subject, String body, OffsetDateTime now) {
    this.mailKey = mailKey;
    this.recipientUid = recipientUid;
    this.kind = kind;
    this.subject = subject;
    this.body = body;
    this.state = PENDING;
    this.attempts = 0;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public Long getId() { return id; }
  public String getMailKey() { return mailKey; }
  public String getRecipientUid() { return recipientUid; }
  public String getKind() { return kind; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public String getState() { return state; }
  public int getAttempts() { return attempts; }
  public OffsetDateTime getNextAttemptAt() { return nextAttemptAt; }
  public String getClaimToken() { return claimToken; }
  public String getSentTo() { return sentTo; }
  public String getLastError() { return lastError; }
  public OffsetDateTime getCreatedAt() { return createdAt; }
  public OffsetDateTime getSentAt() { return sentAt; }

  /** What an operator sees of it. */
  public OutboxView view() {
    return new OutboxView(id, mailKey, recipientUid, kind, subject, state, attempts, nextAttemptAt, sentTo, lastError,
        createdAt, sentAt);
  }
}
