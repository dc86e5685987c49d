package th.obec.esa.ict.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.api.CatalogItemView;
import th.obec.esa.ict.assets.api.EditionView;
import th.obec.esa.ict.assets.api.LocationKind;
import th.obec.esa.ict.assets.register.NewAsset;
import th.obec.esa.ict.core.directory.DirectoryWriteException;
import th.obec.esa.ict.core.directory.NewDirectoryAccount;
import th.obec.esa.ict.forms.port.AssetRegistration;
import th.obec.esa.ict.forms.port.AssetState;
import th.obec.esa.ict.forms.port.AssetSummary;
import th.obec.esa.ict.forms.port.CatalogEdition;
import th.obec.esa.ict.forms.port.CatalogEntry;
import th.obec.esa.ict.forms.port.DirectoryAccount;
import th.obec.esa.ict.platform.BusinessException;

/** What the forms get from the assets register, the price catalogue and the directory. */
class FormsAdaptersTest {

  private static AssetView asset(AssetStatus status) {
    return new AssetView(15, "7440-001-0001/69", "คอมพิวเตอร์โน้ตบุ๊ก", "ครุภัณฑ์คอมพิวเตอร์", 11L, 2L, "Acer", "A5",
        "SN1", LocalDate.of(2026, 1, 10), new BigDecimal("22000.00"), "งบประมาณ", "F07 ศธ 04086/12",
        LocationKind.OFFICE_ROOM, "ห้อง ICT", null, null, status, OffsetDateTime.of(2026, 1, 10, 9, 0, 0, 0,
            ZoneOffset.ofHours(7)), null, 0);
  }

  @ParameterizedTest
  @EnumSource(AssetStatus.class)
  void everyStatusOfTheRegisterIsAStateTheFormsKnow(AssetStatus status) {
    AssetSummary s = AssetsForForms.summary(asset(status));
    assertEquals(status.name(), s.state().name());
    assertEquals(new AssetSummary(15, "7440-001-0001/69", "คอมพิวเตอร์โน้ตบุ๊ก", AssetState.valueOf(status.name()),
        "ห้อง ICT", new BigDecimal("22000.00")), s, "the register's price comes along: an F04's amount is computed from it");
  }

  @Test
  void boughtGoodsTakeTheNextNumberOfTheirClassAndGroup() {
    AssetRegistration r = new AssetRegistration("7440-001", "0001", "", 11L, 2L, LocalDate.of(2026, 2, 1),
        new BigDecimal("18500.00"), "งบประมาณ 2569", "F07 ศธ 04086/12", "ห้อง ICT", false);
    NewAsset a = AssetsForForms.newAsset(r);
    assertNull(a.assetNumber());
    assertEquals("7440-001", a.fsnClass());
    assertEquals("0001", a.group());
    assertEquals(LocationKind.OFFICE_ROOM, a.details().locationKind());
    assertEquals("ห้อง ICT", a.details().location());
    assertEquals(11L, a.details().catalogItemId());
    assertEquals(2L, a.details().editionId());
    assertEquals(new BigDecimal("18500.00"), a.details().price());
    assertEquals("งบประมาณ 2569", a.details().budgetSource());
    assertEquals("F07 ศธ 04086/12", a.details().procurementRef());
    assertEquals(LocalDate.of(2026, 2, 1), a.details().acquiredOn());
    assertNull(a.details().category(), "the register fills it in from the catalogue item");
  }

  @Test
  void goodsDeliveredToASchoolAreRegisteredThere() {
    AssetRegistration r = new AssetRegistration("7440-001", "0001", "เครื่องพิมพ์", null, null, LocalDate.of(2026, 2, 1),
        new BigDecimal("5900.00"), "งบประมาณ 2569", "F07 ศธ 04086/13", "โรงเรียนบ้านหาดทรายรี", true);
    assertEquals(LocationKind.SCHOOL, AssetsForForms.newAsset(r).details().locationKind());
  }

  @Test
  void aCatalogueItemIsCopiedWithItsSpecLinesInOrder() {
    CatalogItemView i = new CatalogItemView(11, 2, "มีนาคม 2566", "11", "ครุภัณฑ์คอมพิวเตอร์", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก",
        "Notebook", "เครื่อง", new BigDecimal("22000.00"), 14, null, List.of("CPU 4 แกน", "RAM 8 GB"));
    assertEquals(new CatalogEntry(11, 2, "มีนาคม 2566", "11", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก", "เครื่อง",
        new BigDecimal("22000.00"), List.of("CPU 4 แกน", "RAM 8 GB")), CatalogForForms.entry(i));
    EditionView e = new EditionView(2, "มีนาคม 2566", "สำนักงบประมาณ", LocalDate.of(2023, 3, 1), null, null, null, 120);
    assertEquals(new CatalogEdition(2, "มีนาคม 2566", LocalDate.of(2023, 3, 1), 120), CatalogForForms.edition(e));
  }

  @Test
  void anAccountIsWrittenToTheDirectoryAsAsked() {
    DirectoryAccount a = new DirectoryAccount("somsri.j", "นางสมศรี ใจดี", "Somsri Jaidee", "ครู", "ICT",
        "somsri@example.org", Set.of("intranet-users"));
    assertEquals(new NewDirectoryAccount("somsri.j", "นางสมศรี ใจดี", "Somsri Jaidee", "ครู", "ICT",
        "somsri@example.org", Set.of("intranet-users")), DirectoryForForms.entry(a));
  }

  @Test
  void theDirectorysRefusalBecomesAMessageNamingTheUserId() {
    BusinessException e = assertThrows(BusinessException.class, () -> DirectoryForForms.refusalAsMessage("somsri.j",
        () -> {
          throw new DirectoryWriteException("entry already exists", null);
        }));
    assertEquals("forms.account.directoryRefused", e.key());
    assertEquals(List.of("somsri.j"), List.of(e.args()));
  }

  @Test
  void otherFailuresOfTheDirectoryAreNotTurnedIntoThatMessage() {
    assertThrows(IllegalStateException.class, () -> DirectoryForForms.refusalAsMessage("somsri.j", () -> {
      throw new IllegalStateException("directory unreachable");
    }));
    int[] writes = {0};
    DirectoryForForms.refusalAsMessage("somsri.j", () -> writes[0]++);
    assertEquals(1, writes[0]);
  }
}
