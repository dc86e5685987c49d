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

/** A reminder that a loan is overdue, one per loan and day: the record that the office chased it. */
@Entity
@Table(name = "frm_loan_reminder")
@NamedQueries({
  @NamedQuery(name = "LoanReminder.exists", query = "SELECT COUNT(r) FROM LoanReminder r WHERE r.loanId = :loan"
      + " AND r.remindedOn = :day"),
  @NamedQuery(name = "LoanReminder.ofSubmission", query = "SELECT r FROM LoanReminder r, Loan l"
      + " WHERE l.id = r.loanId AND l.submissionId = :id ORDER BY r.remindedOn, r.id")
})
public class LoanReminder {

  @Id
  @SequenceGenerator(name = "frm_loan_reminder_seq", sequenceName = "frm_loan_reminder_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "frm_loan_reminder_seq")
  private Long id;

  @Column(name = "loan_id", nullable = false)
  private long loanId;

  @Column(name = "reminded_on", nullable = false)
  private LocalDate remindedOn;

  @Column(name = "days_overdue", nullable = false)
  private int daysOverdue;

  @Column(name = "recipient_uid", length = 64)
  private String recipientUid;

  protected LoanReminder() {}

  LoanReminder(long loanId, LocalDate remindedOn, int daysOverdue, String recipientUid) {
    this.loanId = loanId;
    this.remindedOn = remindedOn;
    this.daysOverdue = daysOverdue;
    this.recipientUid = recipientUid;
  }

  public ReminderView view() {
    return new ReminderView(loanId, remindedOn, daysOverdue, recipientUid);
  }
}
