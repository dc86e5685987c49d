package th.obec.esa.ict.assets.register;

import static th.obec.esa.ict.assets.api.AssetStatus.AWAITING_DISPOSAL;
import static th.obec.esa.ict.assets.api.AssetStatus.BROKEN;
import static th.obec.esa.ict.assets.api.AssetStatus.DISPOSED;
import static th.obec.esa.ict.assets.api.AssetStatus.IN_USE;
import static th.obec.esa.ict.assets.api.AssetStatus.ON_LOAN;
import static th.obec.esa.ict.assets.api.AssetStatus.UNDER_REPAIR;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import th.obec.esa.ict.assets.api.AssetStatus;

/**
 * Which status may follow which. A broken asset goes to repair or towards disposal, not straight
 * back into use; a lent one comes back into use (or turns out broken); an asset awaiting
 * disposal may be kept after all (back in use) or disposed of; a disposed asset has left the
 * office's books and never comes back.
 */
public final class StatusTransitions {

  private static final Map<AssetStatus, Set<AssetStatus>> ALLOWED = new EnumMap<>(AssetStatus.class);

  static {
    ALLOWED.put(IN_USE, EnumSet.of(ON_LOAN, UNDER_REPAIR, BROKEN, AWAITING_DISPOSAL));
    ALLOWED.put(ON_LOAN, EnumSet.of(IN_USE, UNDER_REPAIR, BROKEN));
    ALLOWED.put(UNDER_REPAIR, EnumSet.of(IN_USE, BROKEN, AWAITING_DISPOSAL));
    ALLOWED.put(BROKEN, EnumSet.of(UNDER_REPAIR, AWAITING_DISPOSAL));
    ALLOWED.put(AWAITING_DISPOSAL, EnumSet.of(IN_USE, DISPOSED));
    ALLOWED.put(DISPOSED, EnumSet.noneOf(AssetStatus.class));
  }

  private StatusTransitions() {}

  public static boolean allowed(AssetStatus from, AssetStatus to) {
    return ALLOWED.get(from).contains(to);
  }

  /** The statuses that may follow {@code from}, for offering only the possible choices. */
  public static Set<AssetStatus> next(AssetStatus from) {
    return Set.copyOf(ALLOWED.get(from));
  }

  public static boolean isFinal(AssetStatus status) {
    return ALLOWED.get(status).isEmpty();
  }

  /**
   * The statuses travel as their ordinals, so that the bundles name them in the user's language
   * with a choice format ({@code {1,choice,0#…|1#…}}).
   *
   * @throws StatusTransitionNotAllowedException with key {@code assets.asset.status.disposedFinal}
   *     when leaving DISPOSED, {@code assets.asset.status.unchanged} when nothing would change,
   *     {@code assets.asset.status.notAllowed} for any other refused change
   */
  public static void require(String assetNumber, AssetStatus from, AssetStatus to) {
    if (to == null) {
      throw new StatusTransitionNotAllowedException("assets.asset.status.required", assetNumber);
    }
    if (isFinal(from)) {
      throw new StatusTransitionNotAllowedException("assets.asset.status.disposedFinal", assetNumber, from.ordinal(),
          to.ordinal());
    }
    if (from == to) {
      throw new StatusTransitionNotAllowedException("assets.asset.status.unchanged", assetNumber, from.ordinal());
    }
    if (!allowed(from, to)) {
      throw new StatusTransitionNotAllowedException("assets.asset.status.notAllowed", assetNumber, from.ordinal(),
          to.ordinal());
    }
  }
}
