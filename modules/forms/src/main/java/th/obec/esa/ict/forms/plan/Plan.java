package th.obec.esa.ict.forms.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A yearly plan's own part, beside its submission (same id): the process, the fiscal year and the budget. */
@Entity
@Table(name = "frm_plan")
public class Plan {

  @Id
  @Column(name = "submission_id")
  private Long submissionId;

  @Column(name = "process_no", nullable = false)
  private int processNo;

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal budget;

  protected Plan() {}

  Plan(long submissionId, int processNo, int fiscalYear, BigDecimal budget) {
    this.submissionId = submissionId;
    this.processNo = processNo;
    this.fiscalYear = fiscalYear;
    this.budget = budget;
  }

  public Long getSubmissionId() {
    return submissionId;
  }

  public int getProcessNo() {
    return processNo;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public BigDecimal getBudget() {
    return budget;
  }
}
