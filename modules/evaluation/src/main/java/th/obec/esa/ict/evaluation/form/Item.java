package th.obec.esa.ict.evaluation.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A rating item (รายการประเมิน) of a section, answered 1..5. */
@Entity
@Table(name = "evl_item")
@NamedQuery(name = "Item.of", query = "SELECT i FROM Item i WHERE i.evaluationId = :id ORDER BY i.sectionId, i.ordinal")
public class Item {

  @Id
  @SequenceGenerator(name = "evl_item_seq", sequenceName = "evl_item_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evl_item_seq")
  private Long id;

  @Column(name = "evaluation_id", nullable = false)
  private long evaluationId;

  @Column(name = "section_id", nullable = false)
  private long sectionId;

  @Column(nullable = false)
  private int ordinal;

  @Column(nullable = false, length = 500)
  private String wording;

  protected Item() {}

  Item(long evaluationId, long sectionId, int ordinal, String wording) {
    this.evaluationId = evaluationId;
    this.sectionId = sectionId;
    this.ordinal = ordinal;
    this.wording = wording;
  }

  public Long getId() { return id; }
  public long getEvaluationId() { return evaluationId; }
  public long getSectionId() { return sectionId; }
  public int getOrdinal() { return ordinal; }
  public String getWording() { return wording; }
}
