package th.obec.esa.ict.forms.use;

import static th.obec.esa.ict.forms.submission.Texts.blank;
import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.submission.DetailFiling;
import th.obec.esa.ict.platform.BusinessException;

/** F02: at least one line, each with a description, a unit and a quantity; a price, when given, not negative. */
@ApplicationScoped
public class UseFiling implements DetailFiling<UseRequest> {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @Override
  public Set<FormCode> forms() {
    return Set.of(FormCode.F02);
  }

  @Override
  public Class<UseRequest> type() {
    return UseRequest.class;
  }

  @Override
  public void store(long submissionId, UseRequest use) {
    if (use.lines().isEmpty()) {
      throw new BusinessException(field("lines"), "forms.use.noLine");
    }
    int n = 0;
    for (UseLine line : use.lines()) {
      if (blank(line.description()) || blank(line.unitName()) || line.quantity() < 1
          || (line.unitPrice() != null && line.unitPrice().signum() < 0)) {
        throw new BusinessException(field("lines"), "forms.use.lineInvalid", n + 1);
      }
      em.persist(new UseItem(submissionId, ++n, line));
    }
  }
}
