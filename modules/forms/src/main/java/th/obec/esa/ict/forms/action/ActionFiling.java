package th.obec.esa.ict.forms.action;

import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.submission.DetailFiling;
import th.obec.esa.ict.platform.BusinessException;

/** F05: what kind of job, where, by when. */
@ApplicationScoped
public class ActionFiling implements DetailFiling<ActionRequest> {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @Override
  public Set<FormCode> forms() {
    return Set.of(FormCode.F05);
  }

  @Override
  public Class<ActionRequest> type() {
    return ActionRequest.class;
  }

  @Override
  public void store(long submissionId, ActionRequest r) {
    if (r.kind() == null) {
      throw new BusinessException(field("kind"), "forms.action.kindRequired");
    }
    em.persist(new ActionDetail(submissionId, r));
  }
}
