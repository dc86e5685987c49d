package th.obec.esa.ict.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import th.obec.esa.ict.assets.api.AssetEventView;
import th.obec.esa.ict.assets.api.AssetPage;
import th.obec.esa.ict.assets.api.AssetQuery;
import th.obec.esa.ict.assets.api.AssetRegister;
import th.obec.esa.ict.assets.api.AssetStatus;
import th.obec.esa.ict.assets.api.AssetView;
import th.obec.esa.ict.assets.api.CatalogItemView;
import th.obec.esa.ict.assets.api.LocationKind;
import th.obec.esa.ict.assets.api.SpecificationCatalog;
import th.obec.esa.ict.assets.catalog.CatalogService;
import th.obec.esa.ict.assets.catalog.EditionComparison;
import th.obec.esa.ict.assets.catalog.PricePoint;
import th.obec.esa.ict.assets.catalog.imports.EditionHeader;
import th.obec.esa.ict.assets.catalog.imports.EditionImportRejectedException;
import th.obec.esa.ict.assets.catalog.imports.ImportColumns;
import th.obec.esa.ict.assets.catalog.imports.ImportResult;
import th.obec.esa.ict.assets.catalog.imports.RowError;
import th.obec.esa.ict.assets.depreciation.DepreciationService;
import th.obec.esa.ict.assets.register.AssetDetails;
import th.obec.esa.ict.assets.register.AssetNumberException;
import th.obec.esa.ict.assets.register.AssetService;
import th.obec.esa.ict.assets.register.ConcurrentChangeException;
import th.obec.esa.ict.assets.register.NewAsset;
import th.obec.esa.ict.assets.register.StatusTransitionNotAllowedException;
import th.obec.esa.ict.core.audit.AuditEntry;
import th.obec.esa.ict.core.audit.AuditService;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;
import th.obec.esa.ict.testing.Deployments;

/**
 * The assets module on Payara Micro against the tests' PostgreSQL: the starter catalogue, imports
 * (all or nothing, idempotent), the register's queries, status rules, history and audit.
 * Imported items are made up for the tests (names prefixed "ทดสอบ"), never catalogue data.
 */
@ExtendWith(ArquillianExtension.class)
class AssetsIT {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @Deployment
  static WebArchive deployment() {
    return Deployments.withMigrations(ShrinkWrap.create(WebArchive.class, "assets-it.war"))
        .addPackages(true, "th.obec.esa.ict.assets")
        .addAsResource("META-INF/persistence.xml")
        .addAsLibraries(Deployments.libraries("platform", "core", "flyway-core", "flyway-database-postgresql",
            "jackson-databind", "jackson-core", "jackson-annotations", "jackson-dataformat-toml", "unboundid-ldapsdk",
            "postgresql", "commons-csv", "commons-io", "commons-codec", "poi", "xmlbeans", "commons-compress",
            "commons-lang3", "commons-math3", "commons-collections4", "SparseBitSet", "curvesapi", "log4j-api"));
  }

  @EJB CatalogService catalog;
  @EJB SpecificationCatalog catalogApi;
  @EJB AssetService assets;
  @EJB AssetRegister register;
  @EJB DepreciationService depreciation;
  @EJB AuditService auditService;

  private final Actor officer = Actor.self("nanphat", Roles.STAFF, Roles.ICT_OFFICER);

  private static String unique(String prefix) {
    return prefix + " " + System.nanoTime() + "-" + SEQ.incrementAndGet();
  }

  @Test
  void theStarterNotebookIsFoundByThaiTextWithItsPriceAndEdition() {
    List<CatalogItemView> found = catalogApi.searchItems("โน้ตบุ๊ก", null, 50);
    CatalogItemView notebook = found.stream().filter(i -> i.itemNo().equals("11") && i.editionName().equals("มีนาคม 2566"))
        .findFirst().orElseThrow();
    assertEquals("เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน", notebook.nameTh());
    assertEquals(0, new BigDecimal("19000").compareTo(notebook.referencePrice()));
    assertTrue(catalogApi.editions().stream().anyMatch(e -> e.name().equals("มีนาคม 2566") && e.itemCount() >= 1));
  }

  @Test
  void anXlsxWithOneBadPriceSavesNothingAndNamesTheRow() throws Exception {
    String edition = unique("ทดสอบฉบับ");
    byte[] file = Workbooks.xlsx(new Object[][] {
        {"item_no", "category", "name_th", "unit", "price", "spec"},
        {1.0, "ทดสอบ", unique("ทดสอบอุปกรณ์"), "เครื่อง", 1000.0, "ข้อหนึ่ง\nข้อสอง"},
        {2.0, "ทดสอบ", unique("ทดสอบอุปกรณ์"), "เครื่อง", "หนึ่งพัน", null},
        {3.0, "ทดสอบ", unique("ทดสอบอุปกรณ์"), "เครื่อง", 3000.0, null}});
    EditionImportRejectedException e = assertThrows(EditionImportRejectedException.class,
        () -> catalog.importEdition(header(edition), "bad.xlsx", file, officer));
    assertEquals(List.of(new RowError(3, ImportColumns.PRICE, "assets.import.row.price.invalid", "หนึ่งพัน")), e.errors());
    assertEquals(1L, e.args()[0]);
    assertTrue(catalog.findEditionByName(edition).isEmpty(), "nothing of the rejected file is saved");
  }

  @Test
  void theSameGoodFileTwiceCreatesNoDuplicates() throws Exception {
    String edition = unique("ทดสอบฉบับ");
    String name = unique("ทดสอบเครื่องพิมพ์");
    Object[][] rows = {
        {"item_no", "name_th", "price", "spec", "source_page"},
        {1.0, name, 5000.0, "ข้อหนึ่ง\nข้อสอง", 3.0},
        {2.0, unique("ทดสอบสแกนเนอร์"), 2500.0, null, null}};
    byte[] file = Workbooks.xlsx(rows);
    ImportResult first = catalog.importEdition(header(edition), "good.xlsx", file, officer);
    assertEquals(2, first.createdCount());
    assertFalse(first.alreadyImported());
    ImportResult second = catalog.importEdition(header(edition), "good-again.xlsx", file, officer);
    assertTrue(second.alreadyImported());
    assertEquals(0, second.createdCount());
    String csv = "item_no,name_th,price,spec,source_page\n1," + name + ",\"5,000\",\"ข้อหนึ่ง\nข้อสอง\",3\n";
    ImportResult sameItemsOtherFile = catalog.importEdition(header(edition), "same.csv", csv.getBytes(StandardCharsets.UTF_8), officer);
    assertFalse(sameItemsOtherFile.alreadyImported());
    assertEquals(0, sameItemsOtherFile.createdCount());
    List<CatalogItemView> items = catalog.itemsOf(first.editionId());
    assertEquals(2, items.size());
    assertEquals(List.of("ข้อหนึ่ง", "ข้อสอง"), items.get(0).specLines());
    assertEquals(3, items.get(0).sourcePage());
    assertEquals(1, catalog.searchItems(name, first.editionId(), 10).size());
    assertFalse(auditService.forSubject("edition", String.valueOf(first.editionId())).isEmpty());
  }

  @Test
  void anItemNumberReprintedWithAnotherPriceRejectsTheFile() {
    String edition = unique("ทดสอบฉบับ");
    catalog.importEdition(header(edition), "a.csv", utf8("item_no,name_th,price\n7,ทดสอบเก้าอี้,100\n"), officer);
    EditionImportRejectedException e = assertThrows(EditionImportRejectedException.class,
        () -> catalog.importEdition(header(edition), "b.csv", utf8("item_no,name_th,price\n8,ทดสอบโต๊ะ,10\n7,ทดสอบเก้าอี้,120\n"), officer));
    assertEquals("assets.import.row.itemNo.conflict", e.errors().get(0).key());
    assertEquals(3, e.errors().get(0).row());
    assertEquals(1, catalog.itemsOf(catalog.findEditionByName(edition).orElseThrow().id()).size(), "row 2 was not saved either");
  }

  @Test
  void twoEditionsAreComparedAndAnItemsPriceFollowedAcrossThem() {
    String kept = unique("ทดสอบจอภาพ");
    String dropped = unique("ทดสอบเครื่องเก่า");
    ImportResult older = catalog.importEdition(header(unique("ทดสอบฉบับ")), "o.csv",
        utf8("item_no,name_th,price,spec\n1," + kept + ",4000,ก\n2," + dropped + ",100,\n"), officer);
    ImportResult newer = catalog.importEdition(header(unique("ทดสอบฉบับ")), "n.csv",
        utf8("item_no,name_th,price,spec\n5," + kept + ",3500,ก\n6," + unique("ทดสอบเครื่องใหม่") + ",900,\n"), officer);
    EditionComparison c = catalog.compare(older.editionId(), newer.editionId());
    assertEquals(1, c.added().size());
    assertEquals(dropped, c.removed().get(0).nameTh());
    assertEquals(0, new BigDecimal("-500").compareTo(c.changed().get(0).priceDelta()));
    long newerItem = catalog.itemsOf(newer.editionId()).get(0).id();
    List<PricePoint> history = catalog.priceHistory(newerItem);
    assertEquals(2, history.size());
  }

  @Test
  void onlyAnIctOfficerChangesTheCatalogueOrTheRegister() {
    Actor staff = Actor.self("somchai", Roles.STAFF);
    assertThrows(AccessDeniedException.class,
        () -> catalog.importEdition(header(unique("ทดสอบฉบับ")), "a.csv", utf8("item_no,name_th,price\n1,ก,1\n"), staff));
    assertThrows(AccessDeniedException.class, () -> assets.register(NewAsset.next("7440", "901", details("x", null)), staff));
  }

  @Test
  void aDisposedAssetNeverComesBackAndEveryStepIsInItsHistory() {
    String serial = unique("SN");
    AssetView a = assets.register(NewAsset.next("7440", "901", details(serial, 1L)), officer);
    assertTrue(a.assetNumber().matches("7440-901-\\d{4}/\\d{2}"), a.assetNumber());
    assertEquals(AssetStatus.IN_USE, a.status());
    assertEquals("เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน", a.name(), "the name comes from the catalogue item");
    assertEquals(1L, a.editionId());
    Actor forDirector = officer.actingFor("director1", "คำสั่ง 275/2561");
    register.changeStatus(a.id(), AssetStatus.AWAITING_DISPOSAL, forDirector, "ชำรุดเกินซ่อม");
    register.changeStatus(a.id(), AssetStatus.DISPOSED, officer, "คณะกรรมการจำหน่าย");
    StatusTransitionNotAllowedException e = assertThrows(StatusTransitionNotAllowedException.class,
        () -> register.changeStatus(a.id(), AssetStatus.IN_USE, officer, null));
    assertEquals("assets.asset.status.disposedFinal", e.key());
    assertEquals(AssetStatus.DISPOSED, register.find(a.id()).orElseThrow().status());
    List<AssetEventView> history = register.history(a.id());
    assertEquals(List.of("CREATED", "STATUS_CHANGED", "STATUS_CHANGED"), history.stream().map(AssetEventView::kind).toList());
    assertEquals("director1", history.get(1).actingForUid());
    assertEquals("nanphat", history.get(1).actorUid());
    assertEquals("คำสั่ง 275/2561", history.get(1).basis());
    assertEquals(AssetStatus.DISPOSED, history.get(2).toStatus());
    List<AuditEntry> audit = auditService.forSubject("asset", String.valueOf(a.id()));
    assertEquals(3, audit.size(), "the refused change left no audit entry");
  }

  @Test
  void theListFindsBySerialFiltersByStatusAndPages() {
    String batch = unique("BATCH").replace(' ', '-');
    for (int i = 0; i < 5; i++) {
      assets.register(NewAsset.next("7440", "902", details(batch + "-" + i, null)), officer);
    }
    AssetPage bySerial = register.search(AssetQuery.text(batch.toUpperCase() + "-3"), 0, 20);
    assertEquals(1, bySerial.total());
    assertEquals(batch + "-3", bySerial.rows().get(0).serialNo());
    AssetPage page = register.search(AssetQuery.text(batch), 2, 2);
    assertEquals(5, page.total());
    assertEquals(2, page.rows().size());
    assertTrue(page.rows().get(0).assetNumber().compareTo(page.rows().get(1).assetNumber()) < 0);
    long id = bySerial.rows().get(0).id();
    register.changeStatus(id, AssetStatus.ON_LOAN, officer, "F10-2567/001");
    assertEquals(1, register.search(AssetQuery.text(batch).withStatus(AssetStatus.ON_LOAN), 0, 20).total());
    assertEquals(4, register.search(AssetQuery.text(batch).withStatus(AssetStatus.IN_USE), 0, 20).total());
    StringWriter csv = new StringWriter();
    assets.exportCsv(AssetQuery.text(batch), csv);
    assertEquals(6, csv.toString().strip().split("\r\n").length);
  }

  @Test
  void aStaleEditIsRefusedAndAGivenNumberMustFollowThePattern() {
    AssetView a = assets.register(NewAsset.next("7440", "903", details(unique("SN"), null)), officer);
    AssetView edited = assets.update(a.id(), a.version(), withLocation(details(a.serialNo(), null), "ห้อง 301"), "ย้ายห้อง", officer);
    assertEquals("ห้อง 301", edited.location());
    assertThrows(ConcurrentChangeException.class,
        () -> assets.update(a.id(), a.version(), withLocation(details(a.serialNo(), null), "ห้อง 302"), null, officer));
    assertEquals("UPDATED", register.history(a.id()).get(1).kind());
    assertTrue(register.history(a.id()).get(1).detail().contains("ห้อง 301"));
    assertEquals("assets.asset.number.invalid", assertThrows(AssetNumberException.class,
        () -> assets.register(NewAsset.numbered("7440-1-1/66", details("x", null)), officer)).key());
    assertEquals("assets.asset.number.taken", assertThrows(AssetNumberException.class,
        () -> assets.register(NewAsset.numbered(a.assetNumber(), details("x", null)), officer)).key());
  }

  @Test
  void aHandGivenNumberIsSkippedByTheNextAutomaticOne() {
    AssetView given = assets.register(NewAsset.numbered("7440-904-0050/66", details(unique("SN"), null)), officer);
    assertEquals("7440-904-0050/66", given.assetNumber());
    AssetView next = assets.register(NewAsset.next("7440", "904", details(unique("SN"), null)), officer);
    assertEquals("7440-904-0051/66", next.assetNumber());
  }

  @Test
  void theBookValueFollowsTheCategorysPolicy() {
    String category = unique("ทดสอบหมวด");
    AssetDetails d = new AssetDetails("ทดสอบเครื่อง", category, null, null, null, null, unique("SN"),
        LocalDate.of(2022, 10, 1), new BigDecimal("10000.00"), null, null, LocationKind.OFFICE_ROOM, "ห้อง 1", null, null);
    AssetView before = assets.register(NewAsset.next("7440", "905", d), officer);
    assertNull(before.bookValue());
    depreciation.setPolicy(category, 2, new BigDecimal("1.00"), officer);
    assertEquals(new BigDecimal("1.00"), register.find(before.id()).orElseThrow().bookValue());
  }

  private static EditionHeader header(String name) {
    return new EditionHeader(name, "ทดสอบ", LocalDate.of(2023, 3, 13), null, "ทดสอบ");
  }

  private static AssetDetails details(String serial, Long catalogItemId) {
    return new AssetDetails(catalogItemId == null ? "ทดสอบเครื่องคอมพิวเตอร์" : null, null, catalogItemId, null, "ทดสอบยี่ห้อ",
        "รุ่น 1", serial, LocalDate.of(2023, 3, 20), new BigDecimal("18900.00"), "งบประมาณ 2566", "จ 12/2566",
        LocationKind.OFFICE_ROOM, "ห้องกลุ่ม ICT", 1001L, "nanphat");
  }

  private static AssetDetails withLocation(AssetDetails d, String location) {
    return new AssetDetails(d.name(), d.category(), d.catalogItemId(), d.editionId(), d.brand(), d.model(), d.serialNo(),
        d.acquiredOn(), d.price(), d.budgetSource(), d.procurementRef(), d.locationKind(), location, d.custodianStaffId(),
        d.custodianUid());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
