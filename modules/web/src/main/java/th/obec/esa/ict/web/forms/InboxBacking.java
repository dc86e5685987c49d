package th.obec.esa.ict.web.forms;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import th.obec.esa.ict.forms.access.AccessService;
import th.obec.esa.ict.forms.account.AccountApproval;
import th.obec.esa.ict.forms.account.AccountService;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.submission.InboxEntry;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandIns;
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

  @EJB
  private AccountService accounts;

  @EJB
  private AccessService access;

  @EJB
  private StandIns staff;

  private List<InboxEntry> entries;
  private String comment;
  private String absence;

  /** The name of the person an approval is given for, as the order prints it. */
  public String nameOf(String uid) {
    return staff.staffByUid(uid).map(StaffRef::fullNameTh).orElse(uid);
  }

  public void load() {
    entries = forms.inbox(currentUser.actor());
    absence = forms.absenceNow(currentUser.actor()).orElse(null);
  }

  /** The kind of absence the user is recorded in now (her decisions wait for whoever acts for her); null when present. */
  public String getAbsence() {
    return absence;
  }

  /**
   * Approves; an account request (F08) also creates the account and shows its initial password
   * this once, an access request (F14) also grants the access, as their own pages do.
   */
  public void approve(long id, String actingFor) {
    FormCode form = entries.stream().filter(e -> e.submission().id() == id).map(e -> e.submission().form())
        .findFirst().orElse(null);
    if (form == FormCode.F08) {
      act(() -> {
        AccountApproval approval = accounts.approve(id, actingFor, comment, currentUser.actor());
        if (approval.issued() != null) {
          Messages.info("forms.inbox.accountCreated", approval.issued().uid(), approval.issued().initialPassword());
        }
      }, "forms.inbox.approved");
    } else if (form == FormCode.F14) {
      act(() -> access.approve(id, actingFor, comment, currentUser.actor()), "forms.inbox.approved");
    } else {
      act(() -> forms.approveFor(id, actingFor, comment, currentUser.actor()), "forms.inbox.approved");
    }
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
