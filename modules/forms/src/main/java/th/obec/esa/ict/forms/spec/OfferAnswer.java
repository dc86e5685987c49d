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

/** A vendor's answer to one spec line. */
@Entity
@Table(name = "frm_offer_answer")
@NamedQuery(name = "OfferAnswer.of", query = "SELECT a FROM OfferAnswer a WHERE a.offerId = :offer")
public class OfferAnswer {

  @Id
  @SequenceGenerator(name = "frm_offer_answer_seq", sequenceName = "frm_offer_answer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_offer_answer_seq")
  private Long id;

  @Column(name = "offer_id", nullable = false)
  private long offerId;

  @Column(name = "spec_line_id", nullable = false)
  private long specLineId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Answer answer;

  @Column(length = 1000)
  private String note;

  protected OfferAnswer() {}

  public OfferAnswer(long offerId, long specLineId, Answer answer, String note) {
    this.offerId = offerId;
    this.specLineId = specLineId;
    this.answer = answer;
    this.note = note;
  }

  public long getSpecLineId() { return specLineId; }
  public Answer getAnswer() { return answer; }
  public String getNote() { return note; }
}
