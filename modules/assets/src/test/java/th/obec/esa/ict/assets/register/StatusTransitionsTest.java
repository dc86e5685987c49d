package th.obec.esa.ict.assets.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.obec.esa.ict.assets.api.AssetStatus.AWAITING_DISPOSAL;
import static th.obec.esa.ict.assets.api.AssetStatus.BROKEN;
import static th.obec.esa.ict.assets.api.AssetStatus.DISPOSED;
import static th.obec.esa.ict.assets.api.AssetStatus.IN_USE;
import static th.obec.esa.ict.assets.api.AssetStatus.ON_LOAN;
import static th.obec.esa.ict.assets.api.AssetStatus.UNDER_REPAIR;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.platform.BusinessException;

class StatusTransitionsTest {

  @Test
  void anAssetInUseCanBeLentRepairedFoundBrokenOrSetAsideForDisposal() {
    assertEquals(Set.of(ON_LOAN, UNDER_REPAIR, BROKEN, AWAITING_DISPOSAL), StatusTransitions.next(IN_USE));
  }

  @Test
  void aLentAssetComesBackIntoUseOrGoesToRepair() {
    assertTrue(StatusTransitions.allowed(ON_LOAN, IN_USE));
    assertTrue(StatusTransitions.allowed(ON_LOAN, UNDER_REPAIR));
    assertFalse(StatusTransitions.allowed(ON_LOAN, DISPOSED));
    assertFalse(StatusTransitions.allowed(ON_LOAN, AWAITING_DISPOSAL));
  }

  @Test
  void aBrokenAssetIsRepairedBeforeItIsUsedAgain() {
    assertFalse(StatusTransitions.allowed(BROKEN, IN_USE));
    assertTrue(StatusTransitions.allowed(BROKEN, UNDER_REPAIR));
    assertTrue(StatusTransitions.allowed(UNDER_REPAIR, IN_USE));
  }

  @Test
  void onlyAnAssetAwaitingDisposalCanBeDisposedOf() {
    for (AssetStatus s : AssetStatus.values()) {
      assertEquals(s == AWAITING_DISPOSAL, StatusTransitions.allowed(s, DISPOSED), s.name());
    }
  }

  @Test
  void anAssetAwaitingDisposalMayBeKeptAfterAll() {
    assertTrue(StatusTransitions.allowed(AWAITING_DISPOSAL, IN_USE));
  }

  @ParameterizedTest
  @EnumSource(AssetStatus.class)
  void disposedIsFinal(AssetStatus to) {
    assertFalse(StatusTransitions.allowed(DISPOSED, to));
    assertTrue(StatusTransitions.isFinal(DISPOSED));
    BusinessException e = assertThrows(StatusTransitionNotAllowedException.class,
        () -> StatusTransitions.require("7440-001-0001/66", DISPOSED, to));
    assertEquals("assets.asset.status.disposedFinal", e.key());
    assertEquals("7440-001-0001/66", e.args()[0]);
    assertEquals("status", e.field());
  }

  @Test
  void aRefusedChangeNamesBothStatuses() {
    BusinessException e = assertThrows(StatusTransitionNotAllowedException.class,
        () -> StatusTransitions.require("X", BROKEN, IN_USE));
    assertEquals("assets.asset.status.notAllowed", e.key());
    assertEquals(BROKEN.ordinal(), e.args()[1]);
    assertEquals(IN_USE.ordinal(), e.args()[2]);
  }

  @Test
  void movingToTheSameStatusIsNotAChange() {
    assertEquals("assets.asset.status.unchanged",
        assertThrows(StatusTransitionNotAllowedException.class, () -> StatusTransitions.require("X", IN_USE, IN_USE)).key());
  }

  @Test
  void everyStatusButDisposedHasAWayOut() {
    for (AssetStatus s : AssetStatus.values()) {
      assertEquals(s != DISPOSED, !StatusTransitions.next(s).isEmpty(), s.name());
    }
  }
}
