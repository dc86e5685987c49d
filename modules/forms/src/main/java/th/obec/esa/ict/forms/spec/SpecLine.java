package th.obec.esa.ict.forms.spec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored spec line, with its deviation from the catalogue and the reason given for it. */
@Entity
@Table(name = "frm_spec_line")
@NamedQuery(name = "SpecLine.of", query = "SELECT l FROM SpecLine l WHERE l.specItemId = :item ORDER BY l.lineNo")
public class SpecLine {

  @Id
  @SequenceGenerator(name = "frm_spec_line_seq", sequenceName = "frm_spec_line_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_spec_line_seq")
  private Long id;

  @Column(name = "spec_item_id", nullable = false)
  private long specItemId;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  @Column(nullable = false, length = 1000)
  private String text;

  @Column(name = "catalogue_text", length = 1000)
  private String catalogueText;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Deviation deviation;

  @Column(length = 1000)
  private String reason;

  protected SpecLine() {}

  public SpecLine(long specItemId, DraftLine line) {
    this.specItemId = specItemId;
    this.lineNo = line.lineNo();
    this.text = line.text();
    this.catalogueText = line.catalogueText();
    this.deviation = line.deviation();
    this.reason = line.reason();
  }

  public SpecLineView view() {
    return new SpecLineView(id, lineNo, text, catalogueText, deviation, reason);
  }

  public Long getId() { return id; }
  public int getLineNo() { return lineNo; }
  public Deviation getDeviation() { return deviation; }
  public String getText() { return text; }
}
