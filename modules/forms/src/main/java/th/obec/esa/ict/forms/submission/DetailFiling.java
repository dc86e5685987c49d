package th.obec.esa.ict.forms.submission;

import java.util.Set;
import th.obec.esa.ict.forms.catalog.FormCode;

/**
 * One form's own fields when it is filed: checks them and stores them beside the submission, in
 * the filing transaction (a refusal rolls the filing back). One bean per form, in the form's own
 * package; {@link SubmissionService} picks it by form code. A new form with fields of its own
 * brings its {@link FormDetail} record and a bean of this type; a form without one files no detail.
 *
 * @param <T> the detail the form carries
 */
public interface DetailFiling<T extends FormDetail> {

  /** The forms whose detail this is. */
  Set<FormCode> forms();

  /** The detail these forms carry: anything else is refused ({@code forms.detail.mismatch}). */
  Class<T> type();

  /** Checks the detail and stores it for the submission just created. */
  void store(long submissionId, T detail);
}
