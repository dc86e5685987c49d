package th.obec.esa.ict.evaluation.answer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The text a sheet gives to an open question (only when not blank). */
@Entity
@Table(name = "evl_open_answer")
public class OpenAnswer {

  @Id
  @SequenceGenerator(name = "evl_open_answer_seq", sequenceName = "evl_open_answer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evl_open_answer_seq")
  private Long id;

  @Column(name = "response_id", nullable = false)
  private long responseId;

  @Column(name = "evaluation_id", nullable = false)
  private long evaluationId;

  @Column(name = "question_id", nullable = false)
  private long questionId;

  @Column(name = "answer_text", nullable = false, length = 2000)
  private String text;

  protected OpenAnswer() {}

  OpenAnswer(long responseId, long evaluationId, long questionId, String text) {
    this.responseId = responseId;
    this.evaluationId = evaluationId;
    this.questionId = questionId;
    this.text = text;
  }

  public Long getId() { return id; }
  public long getResponseId() { return responseId; }
  public long getEvaluationId() { return evaluationId; }
  public long getQuestionId() { return questionId; }
  public String getText() { return text; }
}
