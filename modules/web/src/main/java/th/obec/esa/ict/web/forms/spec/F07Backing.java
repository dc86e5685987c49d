package th.obec.esa.ict.web.forms.spec;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.forms.spec.Answer;
import th.obec.esa.ict.forms.api.CommitteeRole;
import th.obec.esa.ict.forms.api.ComparisonRequest;
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
 * line, filed as an F07 with the committee that compared them (chair, members, secretary: staff
 * uids) and the head of procurement they report through; the service marks the cheapest compliant offer.
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
  private final List<MemberRow> committee = new ArrayList<>(List.of(new MemberRow(CommitteeRole.CHAIR),
      new MemberRow(CommitteeRole.MEMBER), new MemberRow(CommitteeRole.SECRETARY)));
  private String procurementHead;
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

  public void addMember() {
    committee.add(Math.max(0, committee.size() - 1), new MemberRow(CommitteeRole.MEMBER));
  }

  public void removeMember(MemberRow row) {
    committee.remove(row);
  }

  public String file() {
    try {
      ComparisonView v = specs.fileComparison(new ComparisonRequest(specId == null ? 0 : specId, subject, body,
          offers.stream().map(OfferRow::input).toList(),
          committee.stream().filter(m -> m.getUid() != null && !m.getUid().isBlank()).map(MemberRow::input).toList(),
          procurementHead), currentUser.actor());
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

  public CommitteeRole[] getRoles() {
    return CommitteeRole.values();
  }

  public List<MemberRow> getCommittee() { return committee; }
  public String getProcurementHead() { return procurementHead; }
  public void setProcurementHead(String procurementHead) { this.procurementHead = procurementHead; }

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
