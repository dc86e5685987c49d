package th.obec.esa.ict.web.forms.spec;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.document.MemoService;
import th.obec.esa.ict.forms.spec.Arrival;
import th.obec.esa.ict.forms.spec.ComparisonView;
import th.obec.esa.ict.forms.spec.CreatedAsset;
import th.obec.esa.ict.forms.spec.SpecDocumentService;
import th.obec.esa.ict.forms.spec.SpecService;
import th.obec.esa.ict.forms.spec.SpecView;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /forms/spec/view.xhtml?id=: an F06 (items, lines marked against the catalogue, reasons) or an
 * F07 (offers line by line, the cheapest compliant one marked), its PDF, and registering the
 * goods on arrival. Review and approval are on the common request page and inbox.
 */
@Named("specViewBacking")
@ViewScoped
public class ViewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private SpecService specs;

  @Inject
  private SubmissionService forms;

  @Inject
  private SpecDocumentService documents;

  @Inject
  private CurrentUser currentUser;

  private long id;
  private SpecView spec;
  private ComparisonView comparison;
  private List<CreatedAsset> created = List.of();
  private LocalDate acquiredOn = LocalDate.now();
  private String fsnClass;
  private String group;
  private String budgetSource;
  private String location;
  private boolean atSchool;

  public void load() {
    try {
      SubmissionView s = forms.get(id, currentUser.actor());
      if (s.form() == FormCode.F07) {
        comparison = specs.comparison(id, currentUser.actor());
        spec = comparison.spec();
      } else {
        spec = specs.spec(id, currentUser.actor());
      }
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void createAssets() {
    try {
      created = specs.createAssets(id, new Arrival(acquiredOn, fsnClass, group, budgetSource, location, atSchool),
          currentUser.actor());
      Messages.info("forms.spec.assetsCreated", created.size());
      load();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public StreamedContent getPdf() {
    byte[] pdf = documents.pdf(id, null, currentUser.actor());
    return DefaultStreamedContent.builder().name(MemoService.fileName(getSubmission())).contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf)).build();
  }

  public SubmissionView getSubmission() {
    return comparison != null ? comparison.submission() : spec == null ? null : spec.submission();
  }

  public boolean isApproved() {
    return getSubmission() != null && SpecService.APPROVED.contains(getSubmission().state());
  }

  public long getId() { return id; }
  public void setId(long id) { this.id = id; }
  public SpecView getSpec() { return spec; }
  public ComparisonView getComparison() { return comparison; }
  public List<CreatedAsset> getCreated() { return created; }
  public LocalDate getAcquiredOn() { return acquiredOn; }
  public void setAcquiredOn(LocalDate acquiredOn) { this.acquiredOn = acquiredOn; }
  public String getFsnClass() { return fsnClass; }
  public void setFsnClass(String fsnClass) { this.fsnClass = fsnClass; }
  public String getGroup() { return group; }
  public void setGroup(String group) { this.group = group; }
  public String getBudgetSource() { return budgetSource; }
  public void setBudgetSource(String budgetSource) { this.budgetSource = budgetSource; }
  public String getLocation() { return location; }
  public void setLocation(String location) { this.location = location; }
  public boolean isAtSchool() { return atSchool; }
  public void setAtSchool(boolean atSchool) { this.atSchool = atSchool; }
}
