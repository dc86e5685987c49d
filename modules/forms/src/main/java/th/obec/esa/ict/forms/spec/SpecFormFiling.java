package th.obec.esa.ict.forms.spec;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.submission.DetailFiling;

/**
 * F06 and F07 carry the {@link SpecFiling} mark: only {@link SpecService} files them, and stores
 * their lines itself after checking them against the reference prices.
 */
@ApplicationScoped
public class SpecFormFiling implements DetailFiling<SpecFiling> {

  @Override
  public Set<FormCode> forms() {
    return Set.of(FormCode.F06, FormCode.F07);
  }

  @Override
  public Class<SpecFiling> type() {
    return SpecFiling.class;
  }

  @Override
  public void store(long submissionId, SpecFiling mark) {
    // nothing more here: SpecService stores the lines
  }
}
