package th.obec.esa.ict.evaluation.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An open question (ข้อเสนอแนะ), optional to answer. */
@Entity
@Table(name = "evl_question")
@NamedQuery(name = "Question.of", query = "SELECT q FROM Question q WHERE q.evaluationId = :id ORDER BY q.ordinal")
public class Question {

  @Id
  @SequenceGenerator(name = "evl_question_seq", sequenceName = "evl_question_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evl_question_seq")
  private Long id;

  @Column(name = "evaluation_id", nullable = false)
  private long evaluationId;

  @Column(nullable = false)
  private int ordinal;

  @Column(nullable = false, length = 500)
  private String wording;

  protected Question() {}

  Question(long evaluationId, int ordinal, String wording) {
    this.evaluationId = evaluationId;
    this.ordinal = ordinal;
    this.wording = wording;
  }

  public Long getId() { return id; }
  public long getEvaluationId() { return evaluationId; }
  public int getOrdinal() { return ordinal; }
  public String getWording() { return wording; }
}
