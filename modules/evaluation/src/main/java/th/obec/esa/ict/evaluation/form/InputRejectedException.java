package th.obec.esa.ict.evaluation.form;

import java.util.List;
import th.obec.esa.ict.platform.BusinessException;

/**
 * An evaluation or an answer sheet refused with every problem found, so that a page marks all
 * the fields at once; the exception's own key and field are those of the first problem.
 */
public class InputRejectedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public InputRejectedException(List<Problem> problems) {
    super(BusinessException.field(problems.get(0).field()), problems.get(0).key(),
        problems.get(0).args().toArray());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
