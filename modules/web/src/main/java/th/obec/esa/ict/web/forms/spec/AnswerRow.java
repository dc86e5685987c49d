package th.obec.esa.ict.web.forms.spec;

import java.io.Serializable;
import th.obec.esa.ict.forms.spec.Answer;
import th.obec.esa.ict.forms.spec.AnswerInput;

/** A vendor's answer to one spec line, as entered on the F07 page. */
public class AnswerRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int lineNo;
  private final String lineText;
  private Answer answer;
  private String note;

  public AnswerRow(int lineNo, String lineText) {
    this.lineNo = lineNo;
    this.lineText = lineText;
  }

  AnswerInput input() {
    return new AnswerInput(lineNo, answer, note);
  }

  public int getLineNo() { return lineNo; }
  public String getLineText() { return lineText; }
  public Answer getAnswer() { return answer; }
  public void setAnswer(Answer answer) { this.answer = answer; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}
