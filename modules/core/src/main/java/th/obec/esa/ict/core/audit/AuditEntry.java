package th.obec.esa.ict.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import th.obec.esa.ict.platform.security.Actor;

/**
 * One recorded action. Never updated, never deleted. Since V1_2 each entry is a link of the audit
 * chain ({@link AuditChain}): its {@code chainSeq}, the link of the entry before it and its own
 * keyed link, set by {@link AuditService} under the chain head's row lock before it is persisted.
 */
@Entity
@Table(name = "core_audit")
@NamedQuery(name = "AuditEntry.findBySubject",
    query = "SELECT a FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.at, a.id")
@NamedQuery(name = "AuditEntry.findRecent", query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC")
public class AuditEntry {

  public static final int TEXT = 200;
  public static final int DETAIL = 2000;

  @Id
  @SequenceGenerator(name = "core_audit_seq", sequenceName = "core_audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_audit_seq")
  private Long id;

  @Column(name = "at_time", nullable = false)
  private OffsetDateTime at;

  @Column(name = "actor_uid", nullable = false, length = 64)
  private String actorUid;

  @Column(name = "acting_for_uid", length = 64)
  private String actingForUid;

  @Column(length = TEXT)
  private String basis;

  @Column(nullable = false, length = 100)
  private String action;

  @Column(name = "subject_type", nullable = false, length = 50)
  private String subjectType;

  @Column(name = "subject_id", nullable = false, length = 100)
  private String subjectId;

  @Column(length = DETAIL)
  private String detail;

  @Column(name = "chain_seq", updatable = false)
  private Long chainSeq;

  @Column(name = "prev_link", length = 64, updatable = false)
  private String prevLink;

  @Column(length = 64, updatable = false)
  private String link;

  protected AuditEntry() {}

  public AuditEntry(Actor actor, OffsetDateTime at, String action, String subjectType, String subjectId, String detail) {
    this.at = at;
    this.actorUid = actor.uid();
    this.actingForUid = actor.actingFor();
    this.basis = cut(actor.basis(), TEXT);
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail = cut(detail, DETAIL);
  }

  /** Places the entry in the chain (once, before it is persisted). */
  void chain(long seq, String previousLink, String ownLink) {
    if (this.chainSeq != null) {
      throw new IllegalStateException("an audit entry is chained once");
    }
    this.chainSeq = seq;
    this.prevLink = previousLink;
    this.link = ownLink;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() { return id; }
  public OffsetDateTime getAt() { return at; }
  public String getActorUid() { return actorUid; }
  public String getActingForUid() { return actingForUid; }
  public String getBasis() { return basis; }
  public String getAction() { return action; }
  public String getSubjectType() { return subjectType; }
  public String getSubjectId() { return subjectId; }
  public String getDetail() { return detail; }
  /** The entry's place in the audit chain, or null for an entry written before the chain began (V1_2). */
  public Long getChainSeq() { return chainSeq; }
  public String getPrevLink() { return prevLink; }
  public String getLink() { return link; }
}
