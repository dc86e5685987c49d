package th.obec.esa.ict.assets.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.assets.register.NewAsset;
import th.obec.esa.ict.platform.security.Actor;

/**
 * The asset register as other modules use it: the requests module lends assets out, sends them
 * to repair and takes them back by changing their status here, so the allowed transitions, the
 * role check, the history and the audit entry are the same whoever asks.
 */
@Local
public interface AssetRegister {

  Optional<AssetView> find(long id);

  Optional<AssetView> findByNumber(String assetNumber);

  /**
   * Moves an asset to another status, recording the change in its history and in the audit trail.
   *
   * @param reason why (a request number, a repair note); may be null
   * @throws th.obec.esa.ict.assets.register.StatusTransitionNotAllowedException if the status
   *     may not follow the current one (a disposed asset never comes back)
   * @throws th.obec.esa.ict.assets.register.AssetNotFoundException if there is no such asset
   * @throws th.obec.esa.ict.platform.security.AccessDeniedException unless the actor is an ICT officer
   */
  AssetView changeStatus(long id, AssetStatus to, Actor actor, String reason);

  /**
   * Registers an asset (status IN_USE) with the given or the next free asset number; the forms
   * module registers the goods of an approved purchase spec this way, with its catalogue item,
   * edition and price.
   *
   * @throws th.obec.esa.ict.assets.register.AssetInvalidException naming the first wrong field
   * @throws th.obec.esa.ict.platform.security.AccessDeniedException unless the actor is an ICT officer
   */
  AssetView register(NewAsset request, Actor actor);

  /** One page of the assets that match, ordered by asset number. */
  AssetPage search(AssetQuery query, int first, int pageSize);

  /** The asset's history, oldest first. */
  List<AssetEventView> history(long id);
}
