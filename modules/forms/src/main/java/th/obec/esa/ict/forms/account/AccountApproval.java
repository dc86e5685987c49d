package th.obec.esa.ict.forms.account;

/**
 * The outcome of approving an F08: the request as it stands now, and the account with its initial
 * password when the application created it (null when the ICT officer got a task instead).
 */
public record AccountApproval(AccountView request, IssuedAccount issued) {

  @Override
  public String toString() {
    return "AccountApproval[request=" + request.submissionId() + ", issued=" + issued + "]";
  }
}
