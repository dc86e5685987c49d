package th.obec.esa.ict.forms.port;

import java.util.Optional;
import th.obec.esa.ict.platform.security.Actor;

/**
 * The asset register, seen from the forms: look an asset up and make its status follow a repair
 * or a loan. Each mark records the change in the asset's history with the actor (and whom they
 * acted for) and the reason, which names the request.
 */
public interface AssetPort {

  Optional<AssetSummary> find(long assetId);

  void markOnLoan(long assetId, Actor actor, String reason);

  void markUnderRepair(long assetId, Actor actor, String reason);

  void markBackInUse(long assetId, Actor actor, String reason);

  /** The asset came back damaged or cannot be repaired. */
  void markBroken(long assetId, Actor actor, String reason);

  /**
   * Registers a bought asset (status in use) with its catalogue item, edition and price, and
   * returns it with its new asset number. Needs an ICT officer.
   */
  AssetSummary register(AssetRegistration registration, Actor actor);
}
