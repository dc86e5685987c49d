package th.obec.esa.ict.web.assets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.assets.api.AssetEventView;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.api.CatalogItemView;
import th.obec.esa.ict.assets.catalog.CatalogService;
import th.obec.esa.ict.assets.register.AssetService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** One asset: its data, book value, catalogue item, history, and the change of its status. */
@Named
@ViewScoped
public class AssetBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private AssetService assets;

  @Inject
  private CatalogService catalog;

  @Inject
  private CurrentUser currentUser;

  private Long id;
  private AssetView asset;
  private CatalogItemView item;
  private List<AssetEventView> history;
  private List<AssetStatus> nextStatuses;
  private AssetStatus newStatus;
  private String reason;

  public String load() {
    asset = id == null ? null : assets.find(id).orElse(null);
    if (asset == null) {
      Messages.error("assets.asset.notFound", id);
      return null;
    }
    item = asset.catalogItemId() == null ? null : catalog.findItem(asset.catalogItemId()).orElse(null);
    history = assets.history(asset.id());
    nextStatuses = assets.nextStatuses(asset.id());
    return null;
  }

  public void changeStatus() {
    try {
      assets.changeStatus(asset.id(), asset.version(), newStatus, currentUser.actor(), reason);
      Messages.info("assets.asset.status.changed", asset.assetNumber());
      newStatus = null;
      reason = null;
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AssetView getAsset() {
    return asset;
  }

  public CatalogItemView getItem() {
    return item;
  }

  public List<AssetEventView> getHistory() {
    return history;
  }

  public List<AssetStatus> getNextStatuses() {
    return nextStatuses;
  }

  public AssetStatus getNewStatus() {
    return newStatus;
  }

  public void setNewStatus(AssetStatus newStatus) {
    this.newStatus = newStatus;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
