package th.obec.esa.ict.assets.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import th.obec.esa.ict.assets.api.AssetEventView;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.platform.security.Actor;

/**
 * One entry of an asset's own history, kept beside the application-wide audit trail so that
 * the asset's page and a disposal committee read it without searching the whole trail.
 */
@Entity
@Table(name = "ast_asset_event")
@NamedQuery(name = "AssetEvent.findByAsset",
    query = "SELECT e FROM AssetEvent e WHERE e.assetId = :asset ORDER BY e.at, e.id")
public class AssetEvent {

  @Id
  @SequenceGenerator(name = "ast_asset_event_seq", sequenceName = "ast_asset_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ast_asset_event_seq")
  private Long id;

  @Column(name = "asset_id", nullable = false)
  private Long assetId;

  @Column(name = "at_time", nullable = false)
  private OffsetDateTime at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AssetEventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 30)
  private AssetStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 30)
  private AssetStatus toStatus;

  @Column(name = "actor_uid", nullable = false, length = 64)
  private String actorUid;

  @Column(name = "acting_for_uid", length = 64)
  private String actingForUid;

  @Column(length = 200)
  private String basis;

  @Column(length = 1000)
  private String reason;

  @Column(length = 2000)
  private String detail;

  @Version
  private long version;

  protected AssetEvent() {}

  public AssetEvent(Long assetId, OffsetDateTime at, AssetEventKind kind, AssetStatus from, AssetStatus to, Actor actor,
      String reason, String detail) {
    this.assetId = assetId;
    this.at = at;
    this.kind = kind;
    this.fromStatus = from;
    this.toStatus = to;
    this.actorUid = actor.uid();
    this.actingForUid = actor.actingFor();
    this.basis = cut(actor.basis(), 200);
    this.reason = cut(reason, 1000);
    this.detail = cut(detail, 2000);
  }

  public AssetEventView view() {
    return new AssetEventView(id, assetId, at, kind.name(), fromStatus, toStatus, actorUid, actingForUid, basis, reason,
        detail);
  }

  private static String cut(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    return s.length() > max ? s.substring(0, max) : s;
  }

  public Long getId() {
    return id;
  }
}
