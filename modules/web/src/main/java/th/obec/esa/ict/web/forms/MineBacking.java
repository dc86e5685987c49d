package th.obec.esa.ict.web.forms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionSummary;
import th.obec.esa.ict.web.shell.CurrentUser;

/** /forms/mine.xhtml: the user's own requests with their state. */
@Named
@RequestScoped
public class MineBacking {

  @EJB
  private SubmissionService forms;

  @Inject
  private CurrentUser currentUser;

  private List<SubmissionSummary> rows;

  public void load() {
    rows = forms.mine(currentUser.actor());
  }

  public List<SubmissionSummary> getRows() {
    return rows;
  }
}
