package th.obec.esa.ict.evaluation.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A titled, ordered section (ด้าน) of an evaluation. */
@Entity
@Table(name = "evl_section")
@NamedQuery(name = "Section.of", query = "SELECT s FROM Section s WHERE s.evaluationId = :id ORDER BY s.ordinal")
public class Section {

  @Id
  @SequenceGenerator(name = "evl_section_seq", sequenceName = "evl_section_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evl_section_seq")
  private Long id;

  @Column(name = "evaluation_id", nullable = false)
  private long evaluationId;

  @Column(nullable = false)
  private int ordinal;

  @Column(nullable = false, length = 300)
  private String title;

  protected Section() {}

  Section(long evaluationId, int ordinal, String title) {
    this.evaluationId = evaluationId;
    this.ordinal = ordinal;
    this.title = title;
  }

  public Long getId() { return id; }
  public long getEvaluationId() { return evaluationId; }
  public int getOrdinal() { return ordinal; }
  public String getTitle() { return title; }
}
