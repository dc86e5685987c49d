package th.obec.esa.ict.forms.spec;

import java.io.Serializable;

/** A spec line and the vendor's answer to it (null when not answered, which counts as not met). */
public record AnswerView(int lineNo, String lineText, Answer answer, String note) implements Serializable {

  public boolean complies() {
    return answer != null && answer.complies();
  }
}
