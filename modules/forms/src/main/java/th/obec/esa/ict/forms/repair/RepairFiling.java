package th.obec.esa.ict.forms.repair;

import static th.obec.esa.ict.forms.submission.Texts.blank;
import static th.obec.esa.ict.forms.submission.Texts.cut;
import static th.obec.esa.ict.forms.submission.Texts.require;
import static th.obec.esa.ict.platform.BusinessException.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.port.AssetPort;
import th.obec.esa.ict.forms.port.AssetSummary;
import th.obec.esa.ict.forms.submission.DetailFiling;
import th.obec.esa.ict.platform.BusinessException;

/** F03: the symptoms, and the asset from the register or, when it is not in it, the item described. */
@ApplicationScoped
public class RepairFiling implements DetailFiling<RepairRequest> {

  @PersistenceContext(unitName = "forms")
  private EntityManager em;

  @Inject
  private AssetPort assets;

  @Override
  public Set<FormCode> forms() {
    return Set.of(FormCode.F03);
  }

  @Override
  public Class<RepairRequest> type() {
    return RepairRequest.class;
  }

  @Override
  public void store(long submissionId, RepairRequest r) {
    require("symptoms", r.symptoms(), "forms.repair.symptomsRequired");
    AssetSummary asset = null;
    if (r.assetId() != null) {
      asset = assets.find(r.assetId())
          .orElseThrow(() -> new BusinessException(field("asset"), "forms.asset.unknown", r.assetId()));
    } else {
      require("describedItem", r.describedItem(), "forms.repair.itemRequired");
    }
    em.persist(new RepairDetail(submissionId, asset, blank(r.describedItem()) ? null : cut(r.describedItem().strip(), 500),
        blank(r.location()) ? null : cut(r.location().strip(), 300), cut(r.symptoms().strip(), RepairDetail.SYMPTOMS_MAX)));
  }
}
