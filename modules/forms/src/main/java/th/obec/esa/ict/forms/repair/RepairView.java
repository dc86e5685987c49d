package th.obec.esa.ict.forms.repair;

/** F03's fields as read. */
public record RepairView(Long assetId, String assetNumber, String assetName, String describedItem, String location,
    String symptoms, boolean beyondRepair) {

  /** What the memo calls the item: the register's name and number, or the description. */
  public String itemLabel() {
    return assetId != null ? assetName + " หมายเลขครุภัณฑ์ " + assetNumber : describedItem;
  }
}
