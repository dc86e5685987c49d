package th.obec.esa.ict.web.forms;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.obec.esa.ict.forms.api.Approval;
import th.obec.esa.ict.forms.port.AuthorityOption;
import th.obec.esa.ict.forms.submission.InboxEntry;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.organization.api.StaffRef;
import th.obec.esa.ict.organization.api.StandIns;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/**
 * /forms/inbox.xhtml: what waits for the user, and for approvals the ways they may give them
 * (own right or acting for someone). Approve, return for correction and reject work from a phone: one card per request,
 * with the amount, how long it has waited and the basis each approval button would be given on,
 * and a comment of its own. Presentation only: who may do what stays with the services.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  private SubmissionService forms;

  @Inject
  private CurrentUser currentUser;

  @Inject
  private StandIns staff;

  private List<InboxEntry> entries;
  private String comment;
  private String absence;
  /** Each card's own comment, by submission id. */
  private final Map<Long, String> comments = new HashMap<>();
  /** Names of the people approvals are given for, asked once per view (the card, its button and its confirmation). */
  private final Map<String, String> names = new HashMap<>();

  /** The name of the person an approval is given for, as the order prints it. */
  public String nameOf(String uid) {
    return names.computeIfAbsent(uid, u -> staff.staffByUid(u).map(StaffRef::fullNameTh).orElse(u));
  }

  public void load() {
    entries = forms.inbox(currentUser.actor());
    absence = forms.absenceNow(currentUser.actor()).orElse(null);
  }

  /**
   * The basis an approval would be given on, as the confirmation and the card say it: in one's own
   * right, or standing in / by delegation for a named person with the order or delegation quoted.
   */
  public String basisOf(AuthorityOption o) {
    String kind = o.kind() == null ? "OWN" : o.kind().name();
    if (o.isEscalation()) {
      // the service words it: "ในฐานะผู้บังคับบัญชาของ <the person whose decision it was>"
      return o.basis();
    }
    if (!o.isActing()) {
      return Messages.text("forms.inbox.basis.OWN");
    }
    String key = "forms.inbox.basis." + kind;
    String text = Messages.text(key, nameOf(o.actingForUid()), o.basis() == null ? "" : o.basis());
    return text.equals(key) ? Messages.text("forms.inbox.basis.OTHER", nameOf(o.actingForUid()),
        o.basis() == null ? "" : o.basis()) : text;
  }

  /** The question the approval's confirmation asks, naming the request and the basis. */
  public String confirmApprove(InboxEntry e, AuthorityOption o) {
    return Messages.text("forms.inbox.confirm.approve", e.submission().subject(), basisOf(o));
  }

  public String confirmReject(InboxEntry e) {
    return Messages.text("forms.inbox.confirm.reject", e.submission().subject());
  }

  /**
   * The question sending back for correction asks, naming the request and the basis it would be
   * sent back on: the ICT unit's reviewer before review, else the first way the user may approve it
   * (the one the card's button uses).
   */
  public String confirmSendBack(InboxEntry e) {
    String basis = e.options().isEmpty() ? Messages.text("forms.inbox.basis.REVIEWER") : basisOf(e.options().get(0));
    return Messages.text("forms.inbox.confirm.sendBack", e.submission().subject(), basis);
  }

  public String confirmReview(InboxEntry e) {
    return Messages.text("forms.inbox.confirm.review", e.submission().subject());
  }

  /** The kind of absence the user is recorded in now (her decisions wait for whoever acts for her); null when present. */
  public String getAbsence() {
    return absence;
  }

  /**
   * Approves. The approval brings the form's own effects with it (an F08's account, an F14's
   * access, as on their own pages and over REST); an account it created is shown with its initial
   * password this once.
   */
  public void approve(long id, String actingFor) {
    String comment = commentFor(id);
    act(id, () -> {
      Approval approval = forms.approveFor(id, actingFor, comment, currentUser.actor());
      if (approval.issued() != null) {
        Messages.info("forms.inbox.accountCreated", approval.issued().uid(), approval.issued().initialPassword());
      }
    }, "forms.inbox.approved");
  }

  public void review(long id) {
    String comment = commentFor(id);
    act(id, () -> forms.review(id, comment, currentUser.actor()), "forms.inbox.reviewed");
  }

  public void reject(long id) {
    String comment = commentFor(id);
    act(id, () -> forms.reject(id, comment, currentUser.actor()), "forms.inbox.rejected");
  }

  /** Back to the requester for correction, on the same basis as the card's first approval option. */
  public void sendBack(long id, String actingFor) {
    String comment = commentFor(id);
    act(id, () -> forms.sendBack(id, actingFor, comment, currentUser.actor()), "forms.inbox.sentBack");
  }

  /** The card's own comment, or the page-wide one. */
  private String commentFor(long id) {
    String own = comments.get(id);
    return own != null && !own.isBlank() ? own : comment;
  }

  private void act(long id, Runnable action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey);
      comment = null;
      comments.remove(id);
    } catch (BusinessException e) {
      // a refusal is said next to the card's comment, where the reason would be typed
      Messages.errorAt(cardCommentId(id), e);
    }
    load();
  }

  /** The client id of a card's comment field, for messages shown next to it (see inbox.xhtml). */
  private String cardCommentId(long id) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).submission().id() == id) {
        return "cards:" + i + ":card:comment";
      }
    }
    return null;
  }

  public Map<Long, String> getComments() {
    return comments;
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
