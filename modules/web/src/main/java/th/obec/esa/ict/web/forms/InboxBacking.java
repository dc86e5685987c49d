package th.obec.esa.ict.web.forms;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.forms.submission.InboxEntry;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /forms/inbox.xhtml: what waits for the user, and for approvals the ways they may give them
 * (own right or acting for someone). Approve and reject work from a phone: one card per request.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB
  private SubmissionService forms;

  @Inject
  private CurrentUser currentUser;

  private List<InboxEntry> entries;
  private String comment;

  public void load() {
    entries = forms.inbox(currentUser.actor());
  }

  public void approve(long id, String actingFor) {
    act(() -> forms.approveFor(id, actingFor, comment, currentUser.actor()), "forms.inbox.approved");
  }

  public void review(long id) {
    act(() -> forms.review(id, comment, currentUser.actor()), "forms.inbox.reviewed");
  }

  public void reject(long id) {
    act(() -> forms.reject(id, comment, currentUser.actor()), "forms.inbox.rejected");
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey);
      comment = null;
    } catch (BusinessException e) {
      Messages.error(e);
    }
    load();
  }

  public List<InboxEntry> getEntries() {
    return entries;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
