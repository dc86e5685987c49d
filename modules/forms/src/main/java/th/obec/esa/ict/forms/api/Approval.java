package th.obec.esa.ict.forms.api;

import th.obec.esa.ict.forms.account.IssuedAccount;
import th.obec.esa.ict.forms.submission.SubmissionView;

/**
 * The outcome of approving a submission: the submission as it stands now, and the account the
 * approval created with its initial password when it was an F08 and the directory is writable
 * (null otherwise: another form, or the ICT officer got a task). The password exists only in this
 * answer; {@link #toString()} leaves it out.
 */
public record Approval(SubmissionView submission, IssuedAccount issued) {

  @Override
  public String toString() {
    return "Approval[submission=" + submission.id() + ", state=" + submission.state() + ", issued=" + issued + "]";
  }
}
