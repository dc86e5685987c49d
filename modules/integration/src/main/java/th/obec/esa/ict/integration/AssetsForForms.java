package th.obec.esa.ict.integration;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.Optional;
import th.obec.esa.ict.assets.api.AssetRegister;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.forms.port.AssetPort;
import th.obec.esa.ict.forms.port.AssetState;
import th.obec.esa.ict.forms.port.AssetSummary;
import th.obec.esa.ict.platform.security.Actor;

/** A request's asset follows the request: on loan, under repair, back in use, broken. */
@Stateless
@Local(AssetPort.class)
public class AssetsForForms implements AssetPort {

  @EJB
  private AssetRegister register;

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

  private static AssetSummary summary(AssetView a) {
    return new AssetSummary(a.id(), a.assetNumber(), a.name(), AssetState.valueOf(a.status().name()), a.location());
  }
}
