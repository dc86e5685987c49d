package th.obec.esa.ict.web.assets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.api.LocationKind;
import th.obec.esa.ict.assets.register.AssetDetails;
import th.obec.esa.ict.assets.register.AssetService;
import th.obec.esa.ict.assets.register.NewAsset;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /assets/new.xhtml: registers an asset with the number the office gave it, or with its FSN class
 * and group so that the register gives the next free number; the register checks every field.
 */
@Named
@ViewScoped
public class NewAssetBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private AssetService assets;

  @Inject
  private CurrentUser currentUser;

  private String assetNumber;
  private String fsnClass;
  private String group;
  private String name;
  private String category;
  private Long catalogItemId;
  private String brand;
  private String model;
  private String serialNo;
  private LocalDate acquiredOn;
  private BigDecimal price;
  private String budgetSource;
  private String procurementRef;
  private LocationKind locationKind = LocationKind.OFFICE_ROOM;
  private String location;
  private String custodianUid;

  public String register() {
    AssetDetails details = new AssetDetails(name, category, catalogItemId, null, brand, model, serialNo, acquiredOn,
        price, budgetSource, procurementRef, locationKind, location, null, custodianUid);
    try {
      AssetView saved = assets.register(new NewAsset(assetNumber, fsnClass, group, details), currentUser.actor());
      Messages.info("assets.new.registered", saved.assetNumber());
      return "/assets/asset?faces-redirect=true&id=" + saved.id();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  /** The office's number pattern by example, as the hint of the number field. */
  public String getNumberExample() {
    return assets.numberFormat().example();
  }

  public LocationKind[] getLocationKinds() {
    return LocationKind.values();
  }

  public String getAssetNumber() { return assetNumber; }
  public void setAssetNumber(String assetNumber) { this.assetNumber = assetNumber; }
  public String getFsnClass() { return fsnClass; }
  public void setFsnClass(String fsnClass) { this.fsnClass = fsnClass; }
  public String getGroup() { return group; }
  public void setGroup(String group) { this.group = group; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getCategory() { return category; }
  public void setCategory(String category) { this.category = category; }
  public Long getCatalogItemId() { return catalogItemId; }
  public void setCatalogItemId(Long catalogItemId) { this.catalogItemId = catalogItemId; }
  public String getBrand() { return brand; }
  public void setBrand(String brand) { this.brand = brand; }
  public String getModel() { return model; }
  public void setModel(String model) { this.model = model; }
  public String getSerialNo() { return serialNo; }
  public void setSerialNo(String serialNo) { this.serialNo = serialNo; }
  public LocalDate getAcquiredOn() { return acquiredOn; }
  public void setAcquiredOn(LocalDate acquiredOn) { this.acquiredOn = acquiredOn; }
  public BigDecimal getPrice() { return price; }
  public void setPrice(BigDecimal price) { this.price = price; }
  public String getBudgetSource() { return budgetSource; }
  public void setBudgetSource(String budgetSource) { this.budgetSource = budgetSource; }
  public String getProcurementRef() { return procurementRef; }
  public void setProcurementRef(String procurementRef) { this.procurementRef = procurementRef; }
  public LocationKind getLocationKind() { return locationKind; }
  public void setLocationKind(LocationKind locationKind) { this.locationKind = locationKind; }
  public String getLocation() { return location; }
  public void setLocation(String location) { this.location = location; }
  public String getCustodianUid() { return custodianUid; }
  public void setCustodianUid(String custodianUid) { this.custodianUid = custodianUid; }
}
