package th.obec.esa.ict.web.forms.spec;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.forms.spec.Answer;
import th.obec.esa.ict.forms.spec.ComparisonRequest;
import th.obec.esa.ict.forms.spec.ComparisonView;
import th.obec.esa.ict.forms.spec.SpecItemView;
import th.obec.esa.ict.forms.spec.SpecService;
import th.obec.esa.ict.forms.spec.SpecSummary;
import th.obec.esa.ict.forms.spec.SpecView;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /forms/spec/f07.xhtml?spec=: the offers received for an approved F06, each answered line by
 * line, filed as an F07; the service marks the cheapest compliant offer.
 */
@Named
@ViewScoped
public class F07Backing implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private SpecService specs;

  @Inject
  private CurrentUser currentUser;

  private Long specId;
  private SpecView spec;
  private List<SpecSummary> approved = List.of();
  private final List<OfferRow> offers = new ArrayList<>();
  private String subject;
  private String body;

  public void load() {
    try {
      approved = specs.approvedSpecs(currentUser.actor());
      if (specId != null) {
        spec = specs.spec(specId, currentUser.actor());
        offers.clear();
      }
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void addOffer(SpecItemView item) {
    offers.add(new OfferRow(item));
  }

  public void removeOffer(OfferRow row) {
    offers.remove(row);
  }

  public String file() {
    try {
      ComparisonView v = specs.fileComparison(new ComparisonRequest(specId == null ? 0 : specId, subject, body,
          offers.stream().map(OfferRow::input).toList()), currentUser.actor());
      Messages.info("forms.new.filed", v.submission().numberText());
      return "/forms/spec/view?faces-redirect=true&id=" + v.id();
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  public Answer[] getAnswers() {
    return Answer.values();
  }

  public Long getSpecId() { return specId; }
  public void setSpecId(Long specId) { this.specId = specId; }
  public SpecView getSpec() { return spec; }
  public List<SpecSummary> getApproved() { return approved; }
  public List<OfferRow> getOffers() { return offers; }
  public String getSubject() { return subject; }
  public void setSubject(String subject) { this.subject = subject; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
}
