package th.obec.esa.ict.forms.loan;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.submission.DetailFiling;

/** F04: the period and the assets, booked without overlaps (see {@link LoanService}). */
@ApplicationScoped
public class LoanFiling implements DetailFiling<LoanRequest> {

  @EJB
  private LoanService loans;

  @Override
  public Set<FormCode> forms() {
    return Set.of(FormCode.F04);
  }

  @Override
  public Class<LoanRequest> type() {
    return LoanRequest.class;
  }

  @Override
  public void store(long submissionId, LoanRequest r) {
    loans.create(submissionId, loans.validate(r, LocalDate.now()), r);
  }
}
