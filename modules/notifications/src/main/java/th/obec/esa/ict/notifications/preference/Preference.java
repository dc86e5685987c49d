package th.obec.esa.ict.notifications.preference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One person's choice ({@code ntf_preference}); no row = the daily digest only. */
@Entity
@Table(name = "ntf_preference")
public class Preference {

  @Id
  @Column(name = "uid", length = 64)
  private String uid;

  @Column(name = "immediate_decisions", nullable = false)
  private boolean immediateDecisions;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  protected Preference() {}

  Preference(String uid) {
    this.uid = uid;
  }

  void set(boolean immediate, String by, OffsetDateTime at) {
    this.immediateDecisions = immediate;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String getUid() { return uid; }
  public boolean isImmediateDecisions() { return immediateDecisions; }
  public OffsetDateTime getUpdatedAt() { return updatedAt; }
}
