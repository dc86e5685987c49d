package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.Optional;
import th.obec.esa.ict.assets.api.AssetRegister;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.api.LocationKind;
import th.obec.esa.ict.assets.register.AssetDetails;
import th.obec.esa.ict.assets.register.NewAsset;
import th.obec.esa.ict.forms.port.AssetPort;
import th.obec.esa.ict.forms.port.AssetRegistration;
import th.obec.esa.ict.forms.port.AssetState;
import th.obec.esa.ict.forms.port.AssetSummary;
import th.obec.esa.ict.platform.security.Actor;

/**
 * A request's asset follows the request: on loan, under repair, back in use, broken; the goods
 * of an approved purchase spec are registered.
 */
@Stateless
@Local(AssetPort.class)
public class AssetsForForms implements AssetPort {

  @EJB
  private AssetRegister register;

  public AssetsForForms() {}

  /** Over a register of the caller's choosing (the unit tests'). */
  AssetsForForms(AssetRegister register) {
    this.register = register;
  }

  @Override
  public Optional<AssetSummary> find(long assetId) {
    return register.find(assetId).map(AssetsForForms::summary);
  }

  @Override
  public void markOnLoan(long assetId, Actor actor, String reason) {
    register.changeStatus(assetId, AssetStatus.ON_LOAN, actor, reason);
  }

  @Override
  public void markUnderRepair(long assetId, Actor actor, String reason) {
    register.changeStatus(assetId, AssetStatus.UNDER_REPAIR, actor, reason);
  }

  @Override
  public void markBackInUse(long assetId, Actor actor, String reason) {
    register.changeStatus(assetId, AssetStatus.IN_USE, actor, reason);
  }

  @Override
  public void markBroken(long assetId, Actor actor, String reason) {
    register.changeStatus(assetId, AssetStatus.BROKEN, actor, reason);
  }

  /**
   * The register fills in the name and category from the catalogue item where blank, and gives
   * the next number of the FSN class and group in the acquisition's fiscal year.
   */
  @Override
  public AssetSummary register(AssetRegistration r, Actor actor) {
    return summary(register.register(newAsset(r), actor));
  }

  /** Bought goods take the next number of their FSN class and group; at a school, or in a room of the office. */
  static NewAsset newAsset(AssetRegistration r) {
    AssetDetails details = new AssetDetails(r.name(), null, r.catalogItemId(), r.editionId(), null, null, null,
        r.acquiredOn(), r.price(), r.budgetSource(), r.procurementRef(),
        r.atSchool() ? LocationKind.SCHOOL : LocationKind.OFFICE_ROOM, r.location(), null, null);
    return NewAsset.next(r.fsnClass(), r.group(), details);
  }

  static AssetSummary summary(AssetView a) {
    return new AssetSummary(a.id(), a.assetNumber(), a.name(), AssetState.valueOf(a.status().name()), a.location(),
        a.price());
  }
}
