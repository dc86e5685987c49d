package th.obec.esa.ict.web.forms.spec;

import java.io.Serializable;
import th.obec.esa.ict.forms.spec.Deviation;
import th.obec.esa.ict.forms.spec.SpecLineInput;

/**
 * A spec line being edited on the F06 page. The mark shown is worked out as the user types; the
 * service decides again when the form is filed.
 */
public class LineRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Integer catalogueLine;
  private final String catalogueText;
  private String text;
  private String reason;

  public LineRow(Integer catalogueLine, String catalogueText) {
    this.catalogueLine = catalogueLine;
    this.catalogueText = catalogueText;
    this.text = catalogueText;
  }

  public Deviation getDeviation() {
    boolean blank = text == null || text.isBlank();
    if (catalogueLine == null) {
      return Deviation.ADDED;
    }
    if (blank) {
      return Deviation.REMOVED;
    }
    return text.strip().replaceAll("\\s+", " ").equals(catalogueText.strip().replaceAll("\\s+", " "))
        ? Deviation.AS_CATALOGUE : Deviation.EDITED;
  }

  public boolean isReasonMissing() {
    return getDeviation().needsReason() && (reason == null || reason.isBlank());
  }

  SpecLineInput input() {
    return new SpecLineInput(catalogueLine, text, reason);
  }

  public Integer getCatalogueLine() { return catalogueLine; }
  public String getCatalogueText() { return catalogueText; }
  public String getText() { return text; }
  public void setText(String text) { this.text = text; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
