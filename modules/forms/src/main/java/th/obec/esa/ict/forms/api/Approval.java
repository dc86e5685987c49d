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

  /** The issued account's user id, or null when the approval issued none. */
  public String issuedUid() {
    return issued == null ? null : issued.uid();
  }

  /** The issued account's initial password (shown once), or null when the approval issued none. */
  public String issuedInitialPassword() {
    return issued == null ? null : issued.initialPassword();
  }

  /** Whether the approved submission is an account request (F08), whose account has a page of its own. */
  public boolean isAccountRequest() {
    return submission.form() == th.obec.esa.ict.forms.catalog.FormCode.F08;
  }

  @Override
  public String toString() {
    return "Approval[submission=" + submission.id() + ", state=" + submission.state() + ", issued=" + issued + "]";
  }
}
