package th.obec.esa.ict.evaluation.answer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The score (1..5) a sheet gives to an item. */
@Entity
@Table(name = "evl_rating")
public class Rating {

  @Id
  @SequenceGenerator(name = "evl_rating_seq", sequenceName = "evl_rating_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evl_rating_seq")
  private Long id;

  @Column(name = "response_id", nullable = false)
  private long responseId;

  @Column(name = "evaluation_id", nullable = false)
  private long evaluationId;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(nullable = false)
  private int score;

  protected Rating() {}

  Rating(long responseId, long evaluationId, long itemId, int score) {
    this.responseId = responseId;
    this.evaluationId = evaluationId;
    this.itemId = itemId;
    this.score = score;
  }

  public Long getId() { return id; }
  public long getResponseId() { return responseId; }
  public long getEvaluationId() { return evaluationId; }
  public long getItemId() { return itemId; }
  public int getScore() { return score; }
}
