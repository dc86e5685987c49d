package th.obec.esa.ict.forms.spec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A vendor's offer in an F07, with the outcome of the check: compliant, and the winner of its item. */
@Entity
@Table(name = "frm_offer")
@NamedQuery(name = "Offer.of", query = "SELECT o FROM Offer o WHERE o.submissionId = :id ORDER BY o.offerNo")
public class Offer {

  @Id
  @SequenceGenerator(name = "frm_offer_seq", sequenceName = "frm_offer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_offer_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "offer_no", nullable = false)
  private int offerNo;

  @Column(nullable = false, length = 300)
  private String vendor;

  @Column(name = "spec_item_id", nullable = false)
  private long specItemId;

  @Column(name = "unit_price", nullable = false, precision = 14, scale = 2)
  private BigDecimal unitPrice;

  @Column(length = 1000)
  private String note;

  @Column(nullable = false)
  private boolean compliant;

  @Column(nullable = false)
  private boolean winner;

  protected Offer() {}

  public Offer(long submissionId, int offerNo, String vendor, long specItemId, BigDecimal unitPrice, String note,
      boolean compliant, boolean winner) {
    this.submissionId = submissionId;
    this.offerNo = offerNo;
    this.vendor = vendor;
    this.specItemId = specItemId;
    this.unitPrice = unitPrice;
    this.note = note;
    this.compliant = compliant;
    this.winner = winner;
  }

  public Long getId() { return id; }
  public int getOfferNo() { return offerNo; }
  public String getVendor() { return vendor; }
  public long getSpecItemId() { return specItemId; }
  public BigDecimal getUnitPrice() { return unitPrice; }
  public String getNote() { return note; }
  public boolean isCompliant() { return compliant; }
  public boolean isWinner() { return winner; }
}
