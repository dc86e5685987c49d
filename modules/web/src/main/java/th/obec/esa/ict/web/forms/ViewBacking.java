package th.obec.esa.ict.web.forms;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import th.obec.esa.ict.forms.document.MemoService;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.platform.BusinessException;
import th.obec.esa.ict.web.shell.CurrentUser;
import th.obec.esa.ict.web.shell.Messages;

/** /forms/view.xhtml?id=: one request, its chain, the requester's withdrawal, the memo. */
@Named
@ViewScoped
public class ViewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB
  private SubmissionService forms;

  @EJB
  private MemoService memos;

  @Inject
  private CurrentUser currentUser;

  private long id;
  private SubmissionView submission;

  public void load() {
    try {
      submission = forms.get(id, currentUser.actor());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public void withdraw() {
    try {
      submission = forms.withdraw(id, null, currentUser.actor());
      Messages.info("forms.view.withdrawn");
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  public StreamedContent getPdf() {
    byte[] pdf = memos.pdf(id, null, currentUser.actor());
    return DefaultStreamedContent.builder().name(MemoService.fileName(submission)).contentType("application/pdf")
        .stream(() -> new ByteArrayInputStream(pdf)).build();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public SubmissionView getSubmission() {
    return submission;
  }
}
