package th.obec.esa.ict.web.forms.spec;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import th.obec.esa.ict.forms.spec.OfferInput;
import th.obec.esa.ict.forms.spec.SpecItemView;

/** A vendor's offer for one item of the spec, with an answer row per line the offer must meet. */
public class OfferRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final SpecItemView item;
  private final List<AnswerRow> answers;
  private String vendor;
  private BigDecimal unitPrice;
  private String note;

  public OfferRow(SpecItemView item) {
    this.item = item;
    this.answers = item.lines().stream().filter(l -> l.deviation().required())
        .map(l -> new AnswerRow(l.lineNo(), l.text())).toList();
  }

  OfferInput input() {
    return new OfferInput(vendor, item.itemNo(), unitPrice, note, answers.stream().map(AnswerRow::input).toList());
  }

  public SpecItemView getItem() { return item; }
  public List<AnswerRow> getAnswers() { return answers; }
  public String getVendor() { return vendor; }
  public void setVendor(String vendor) { this.vendor = vendor; }
  public BigDecimal getUnitPrice() { return unitPrice; }
  public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}
