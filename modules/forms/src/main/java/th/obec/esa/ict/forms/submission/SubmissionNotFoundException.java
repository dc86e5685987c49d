package th.obec.esa.ict.forms.submission;

import th.obec.esa.ict.platform.BusinessException;

/** No submission with that id. */
public class SubmissionNotFoundException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public SubmissionNotFoundException(long id) {
    super("forms.submission.notFound", id);
  }
}
