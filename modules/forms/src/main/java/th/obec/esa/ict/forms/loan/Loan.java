package th.obec.esa.ict.forms.loan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import th.obec.esa.ict.forms.port.AssetSummary;

/** One asset of a loan request, for the period asked, with what happened when it went out and came back. */
@Entity
@Table(name = "frm_loan")
@NamedQueries({
  @NamedQuery(name = "Loan.of", query = "SELECT l FROM Loan l WHERE l.submissionId = :id ORDER BY l.id"),
  @NamedQuery(name = "Loan.overlapping", query = "SELECT l, s.numberText, s.state FROM Loan l, Submission s"
      + " WHERE s.id = l.submissionId AND l.assetId = :asset AND s.state IN :open AND s.id <> :self"
      + " AND l.loanFrom <= :until AND l.loanUntil >= :from ORDER BY l.loanFrom, l.id"),
  @NamedQuery(name = "Loan.overdue", query = "SELECT l FROM Loan l, Submission s WHERE s.id = l.submissionId"
      + " AND s.state = :state AND l.handedOutOn IS NOT NULL AND l.returnedOn IS NULL AND l.loanUntil < :today"
      + " ORDER BY l.loanUntil, l.id")
})
public class Loan {

  @Id
  @SequenceGenerator(name = "frm_loan_seq", sequenceName = "frm_loan_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_loan_seq")
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private long submissionId;

  @Column(name = "asset_id", nullable = false)
  private long assetId;

  @Column(name = "asset_number", nullable = false, length = 40)
  private String assetNumber;

  @Column(name = "asset_name", nullable = false, length = 500)
  private String assetName;

  @Column(name = "loan_from", nullable = false)
  private LocalDate loanFrom;

  @Column(name = "loan_until", nullable = false)
  private LocalDate loanUntil;

  @Column(name = "handed_out_on")
  private LocalDate handedOutOn;

  @Column(name = "returned_on")
  private LocalDate returnedOn;

  @Column(name = "condition_ok")
  private Boolean conditionOk;

  @Column(name = "condition_note", length = 1000)
  private String conditionNote;

  protected Loan() {}

  public Loan(long submissionId, AssetSummary asset, LocalDate from, LocalDate until) {
    this.submissionId = submissionId;
    this.assetId = asset.id();
    this.assetNumber = asset.assetNumber();
    this.assetName = asset.name();
    this.loanFrom = from;
    this.loanUntil = until;
  }

  void handOut(LocalDate on) {
    this.handedOutOn = on;
  }

  void giveBack(LocalDate on, ConditionCheck check) {
    this.returnedOn = on;
    this.conditionOk = check.intact();
    this.conditionNote = check.note();
  }

  public Long getId() {
    return id;
  }

  public long getSubmissionId() {
    return submissionId;
  }

  public long getAssetId() {
    return assetId;
  }

  public String getAssetNumber() {
    return assetNumber;
  }

  public LocalDate getLoanFrom() {
    return loanFrom;
  }

  public LocalDate getLoanUntil() {
    return loanUntil;
  }

  public LocalDate getHandedOutOn() {
    return handedOutOn;
  }

  public LocalDate getReturnedOn() {
    return returnedOn;
  }

  public LoanView view() {
    return new LoanView(id, assetId, assetNumber, assetName, loanFrom, loanUntil, handedOutOn, returnedOn, conditionOk,
        conditionNote);
  }
}
