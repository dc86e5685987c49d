package th.obec.esa.ict.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.assets.api.AssetEventView;
import th.obec.esa.ict.assets.api.AssetPage;
import th.obec.esa.ict.assets.api.AssetQuery;
import th.obec.esa.ict.assets.api.AssetRegister;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.api.LocationKind;
import th.obec.esa.ict.assets.register.NewAsset;
import th.obec.esa.ict.forms.port.AssetState;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/** A request's asset follows the request, through the register's one status change (which audits it). */
class AssetsForFormsTest {

  /** A register that keeps the status changes asked of it. */
  private static final class Register implements AssetRegister {
    final List<String> changes = new ArrayList<>();

    @Override
    public Optional<AssetView> find(long id) {
      return Optional.of(view(id, AssetStatus.IN_USE));
    }

    @Override
    public Optional<AssetView> findByNumber(String assetNumber) {
      return Optional.empty();
    }

    @Override
    public AssetView changeStatus(long id, AssetStatus to, Actor actor, String reason) {
      changes.add(id + " " + to + " by " + actor.uid() + ": " + reason);
      return view(id, to);
    }

    @Override
    public AssetView register(NewAsset request, Actor actor) {
      return view(99, AssetStatus.IN_USE);
    }

    @Override
    public AssetPage search(AssetQuery query, int first, int pageSize) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<AssetEventView> history(long id) {
      return List.of();
    }

    private static AssetView view(long id, AssetStatus status) {
      return new AssetView(id, "7440-001-0001/69", "คอมพิวเตอร์โน้ตบุ๊ก", null, null, null, null, null, null,
          LocalDate.of(2026, 1, 10), new BigDecimal("22000.00"), null, null, LocationKind.OFFICE_ROOM, "ห้อง ICT",
          null, null, status, OffsetDateTime.of(2026, 1, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7)), null, 0);
    }
  }

  private final Register register = new Register();
  private final AssetsForForms assets = new AssetsForForms(register);
  private final Actor officer = new Actor("khwansiri", null, null, Set.of(Roles.ICT_OFFICER));

  @Test
  void eachStepOfARequestMovesTheAssetToItsStatus() {
    assets.markOnLoan(15, officer, "F04 ศธ 04086/7 ส่งมอบ");
    assets.markUnderRepair(16, officer, "F03 ศธ 04086/8 รับซ่อม");
    assets.markBackInUse(16, officer, "F03 ศธ 04086/8 ซ่อมเสร็จ");
    assets.markBroken(17, officer, "F03 ศธ 04086/9 ซ่อมไม่ได้");
    assertEquals(List.of(
        "15 ON_LOAN by khwansiri: F04 ศธ 04086/7 ส่งมอบ",
        "16 UNDER_REPAIR by khwansiri: F03 ศธ 04086/8 รับซ่อม",
        "16 IN_USE by khwansiri: F03 ศธ 04086/8 ซ่อมเสร็จ",
        "17 BROKEN by khwansiri: F03 ศธ 04086/9 ซ่อมไม่ได้"), register.changes);
  }

  @Test
  void theFormsSeeTheAssetInTheirOwnTerms() {
    assertEquals(AssetState.IN_USE, assets.find(15).orElseThrow().state());
    assertEquals("ห้อง ICT", assets.find(15).orElseThrow().location());
  }
}
