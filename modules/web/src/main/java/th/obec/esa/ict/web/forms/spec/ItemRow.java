package th.obec.esa.ict.web.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.forms.port.CatalogEntry;
import th.obec.esa.ict.forms.spec.SpecItemInput;
import th.obec.esa.ict.forms.spec.SpecLineInput;
import th.obec.esa.ict.forms.spec.SpecRules;

/** An item of the F06 being edited: the catalogue item, quantity, unit price, reason, lines. */
public class ItemRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CatalogEntry entry;
  private final List<LineRow> lines = new ArrayList<>();
  private int quantity = 1;
  private BigDecimal unitPrice;
  private String priceReason;

  public ItemRow(CatalogEntry entry) {
    this.entry = entry;
    this.unitPrice = entry.referencePrice();
    for (int i = 0; i < entry.specLines().size(); i++) {
      lines.add(new LineRow(i + 1, entry.specLines().get(i)));
    }
  }

  public void addLine() {
    lines.add(new LineRow(null, null));
  }

  public boolean isAboveReference() {
    return SpecRules.aboveReference(unitPrice, entry.referencePrice());
  }

  /** Above the reference price without the written reason the rules ask for. */
  public boolean isPriceReasonMissing() {
    return isAboveReference() && (priceReason == null || priceReason.isBlank());
  }

  public BigDecimal getAmount() {
    return unitPrice == null ? BigDecimal.ZERO : unitPrice.multiply(BigDecimal.valueOf(quantity));
  }

  public BigDecimal getReferenceAmount() {
    return entry.referencePrice().multiply(BigDecimal.valueOf(quantity));
  }

  SpecItemInput input() {
    List<SpecLineInput> in = lines.stream().map(LineRow::input).toList();
    return new SpecItemInput(entry.id(), quantity, unitPrice, priceReason, in);
  }

  public CatalogEntry getEntry() { return entry; }
  public List<LineRow> getLines() { return lines; }
  public int getQuantity() { return quantity; }
  public void setQuantity(int quantity) { this.quantity = quantity; }
  public BigDecimal getUnitPrice() { return unitPrice; }
  public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
  public String getPriceReason() { return priceReason; }
  public void setPriceReason(String priceReason) { this.priceReason = priceReason; }
}
