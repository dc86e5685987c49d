package th.obec.esa.ict.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.port.AssetRegistration;
import th.obec.esa.ict.forms.spec.Answer;
import th.obec.esa.ict.forms.spec.AnswerInput;
import th.obec.esa.ict.forms.spec.Arrival;
import th.obec.esa.ict.forms.spec.ComparisonItemView;
import th.obec.esa.ict.forms.api.CommitteeMemberInput;
import th.obec.esa.ict.forms.api.CommitteeRole;
import th.obec.esa.ict.forms.api.ComparisonRequest;
import th.obec.esa.ict.forms.spec.ComparisonView;
import th.obec.esa.ict.forms.spec.CreatedAsset;
import th.obec.esa.ict.forms.spec.Deviation;
import th.obec.esa.ict.forms.spec.OfferInput;
import th.obec.esa.ict.forms.spec.OfferView;
import th.obec.esa.ict.forms.spec.ReasonRequiredException;
import th.obec.esa.ict.forms.spec.SpecDocumentService;
import th.obec.esa.ict.forms.spec.SpecException;
import th.obec.esa.ict.forms.spec.SpecItemInput;
import th.obec.esa.ict.forms.spec.SpecLineInput;
import th.obec.esa.ict.forms.spec.SpecRequest;
import th.obec.esa.ict.forms.spec.SpecService;
import th.obec.esa.ict.forms.spec.SpecView;
import th.obec.esa.ict.forms.submission.SubmissionService;
import th.obec.esa.ict.forms.testdoubles.TestAssets;
import th.obec.esa.ict.forms.testdoubles.TestCatalog;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.platform.security.AccessDeniedException;
import th.obec.esa.ict.platform.security.Actor;
import th.obec.esa.ict.platform.security.Roles;

/**
 * F06 and F07 on Payara Micro against PostgreSQL, with the test catalogue (the starter notebook,
 * item 11 of มีนาคม 2566 at 19,000 baht) and the in-memory register: the reasons the rules ask
 * for, approval with the spec power, the printed reason, the cheapest compliant offer, and the
 * assets registered from an approved spec or comparison.
 * Run by {@link FormsIT}.
 */
interface SpecChecks extends FormsServices {

  AtomicInteger SEQ = new AtomicInteger();
  String PRICE_REASON = "ต้องใช้หน่วยความจำ 16 GB สำหรับระบบบัญชีภาครัฐ";



  Actor wiparat = Actor.self("wiparat", Roles.STAFF, Roles.ICT_OFFICER);
  Actor director = Actor.self("director1", Roles.STAFF, Roles.DIRECTOR);

  private static Actor newRequester() {
    return Actor.self("t-s" + System.nanoTime() % 1_000_000 + SEQ.incrementAndGet(), Roles.STAFF);
  }

  private static SpecRequest notebook(String reason) {
    return new SpecRequest(TestCatalog.MARCH_2566, "ขอกำหนดคุณลักษณะเครื่องคอมพิวเตอร์โน้ตบุ๊ก", null,
        List.of(new SpecItemInput(TestCatalog.NOTEBOOK, 1, new BigDecimal("21000"), reason, null)));
  }

  private void approve(long id) {
    forms().review(id, "ตรวจสอบแล้ว", wiparat);
    assertEquals(State.APPROVED, forms().approve(id, "อนุมัติ", director).state());
  }

  @Test
  default void aNotebookAbove19000CannotGoWithoutAReasonAndWithOneItIsPrinted() throws Exception {
    Actor requester = newRequester();
    ReasonRequiredException refused = assertThrows(ReasonRequiredException.class,
        () -> specs().fileSpec(notebook("  "), requester));
    assertEquals("forms.spec.priceReasonRequired", refused.key());
    assertEquals(1, refused.args()[0]);
    assertTrue(forms().mine(requester).isEmpty(), "nothing is saved");

    SpecView filed = specs().fileSpec(notebook(PRICE_REASON), requester);
    assertEquals(State.SUBMITTED, filed.submission().state());
    assertEquals(FormCode.F06, filed.submission().form());
    assertTrue(filed.submission().numberText().startsWith("ศธ " + requester.uid().toUpperCase() + "/"),
        "numbered in the test unit's own register (TestOffice)");
    assertEquals(0, new BigDecimal("21000").compareTo(filed.submission().amount()));
    assertEquals(0, new BigDecimal("19000").compareTo(filed.referenceTotal()));
    assertTrue(filed.items().get(0).aboveReference());
    assertEquals(PRICE_REASON, filed.items().get(0).priceReason());
    assertEquals("มีนาคม 2566", filed.editionName());

    approve(filed.id());
    byte[] pdf = documents().pdf(filed.id(), false, requester);
    assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
    String text = pdftotext(pdf);
    if (text != null) {
      String flat = text.replaceAll("\\s+", " ");
      assertTrue(flat.contains(PRICE_REASON), flat);
      assertTrue(flat.contains("21,000.00") && flat.contains("19,000.00"), flat);
      assertTrue(flat.contains(filed.submission().numberText()), flat);
    }
  }

  @Test
  default void aLineBelowTheCatalogueMinimumNeedsAReasonAndIsMarked() {
    Actor requester = newRequester();
    List<SpecLineInput> lines = List.of(new SpecLineInput(1, "มีหน่วยประมวลผลกลางไม่น้อยกว่า 4 แกนหลัก", null),
        new SpecLineInput(2, "มีหน่วยความจำหลักไม่น้อยกว่า 16 GB", "งานตัดต่อวิดีโอ"),
        new SpecLineInput(null, "มีกล้องเว็บแคม", null));
    SpecRequest noReason = new SpecRequest(TestCatalog.TEST_EDITION, "ขอกำหนดคุณลักษณะเครื่องคอมพิวเตอร์", null,
        List.of(new SpecItemInput(TestCatalog.DESKTOP, 1, new BigDecimal("22000"), null, lines)));
    ReasonRequiredException refused = assertThrows(ReasonRequiredException.class, () -> specs().fileSpec(noReason, requester));
    assertEquals("forms.spec.removedLineReasonRequired", refused.key());
    assertEquals("1.4", refused.args()[0]);

    List<SpecLineInput> withReason = List.of(lines.get(0), lines.get(1), lines.get(2),
        new SpecLineInput(3, "", "ใช้หน่วยจัดเก็บข้อมูลบนเครือข่าย"));
    SpecView filed = specs().fileSpec(new SpecRequest(TestCatalog.TEST_EDITION, "ขอกำหนดคุณลักษณะเครื่องคอมพิวเตอร์", null,
        List.of(new SpecItemInput(TestCatalog.DESKTOP, 1, new BigDecimal("22000"), null, withReason))), requester);
    assertEquals(List.of(Deviation.AS_CATALOGUE, Deviation.EDITED, Deviation.ADDED, Deviation.REMOVED),
        filed.items().get(0).lines().stream().map(l -> l.deviation()).toList());
    assertEquals("มีหน่วยความจำหลักไม่น้อยกว่า 8 GB", filed.items().get(0).lines().get(1).catalogueText());
    assertNull(filed.items().get(0).priceReason());

    SpecException wrongEdition = assertThrows(SpecException.class, () -> specs().fileSpec(new SpecRequest(
        TestCatalog.MARCH_2566, "x", null, List.of(new SpecItemInput(TestCatalog.DESKTOP, 1, BigDecimal.TEN, null, null))),
        requester));
    assertEquals("forms.spec.itemNotInEdition", wrongEdition.key());
  }

  @Test
  default void threeOffersMarkTheCheapestCompliantNotTheCheapestAndTheAssetsCarryItsPrice() throws Exception {
    Actor requester = newRequester();
    SpecView spec = specs().fileSpec(new SpecRequest(TestCatalog.TEST_EDITION, "ขอกำหนดคุณลักษณะเครื่องคอมพิวเตอร์ 2 เครื่อง",
        null, List.of(new SpecItemInput(TestCatalog.DESKTOP, 2, new BigDecimal("22000"), null, null))), requester);
    ComparisonRequest request = new ComparisonRequest(spec.id(), "สรุปเปรียบเทียบคุณสมบัติเครื่องคอมพิวเตอร์", null, List.of(
        new OfferInput("บริษัท ราคาถูก จำกัด", 1, new BigDecimal("18000"), null, List.of(
            new AnswerInput(1, Answer.MEETS, null), new AnswerInput(2, Answer.DOES_NOT_MEET, "4 GB"),
            new AnswerInput(3, Answer.MEETS, null))),
        new OfferInput("ร้านไม่ครบ", 1, new BigDecimal("20000"), null, List.of(
            new AnswerInput(1, Answer.MEETS, null), new AnswerInput(2, Answer.MEETS, null))),
        new OfferInput("ห้างหุ้นส่วน ตรงสเปก", 1, new BigDecimal("21500"), "ส่งภายใน 30 วัน", List.of(
            new AnswerInput(1, Answer.EXCEEDS, "8 แกน"), new AnswerInput(2, Answer.MEETS, null),
            new AnswerInput(3, Answer.MEETS, null)))),
        List.of(new CommitteeMemberInput("khwansiri", CommitteeRole.SECRETARY),
            new CommitteeMemberInput("nanphat", CommitteeRole.CHAIR),
            new CommitteeMemberInput("silpachai", CommitteeRole.MEMBER)), "somchai");
    assertEquals("forms.comparison.specNotApproved",
        assertThrows(SpecException.class, () -> specs().fileComparison(request, requester)).key());
    approve(spec.id());

    assertEquals("forms.comparison.committeeRequired", assertThrows(SpecException.class, () -> specs().fileComparison(
        new ComparisonRequest(request.specId(), request.subject(), null, request.offers(), null, "somchai"), requester))
        .key());
    assertEquals("forms.comparison.memberUnknown", assertThrows(SpecException.class, () -> specs().fileComparison(
        new ComparisonRequest(request.specId(), request.subject(), null, request.offers(),
            List.of(new CommitteeMemberInput("nobody-here", CommitteeRole.CHAIR)), "somchai"), requester)).key());
    assertEquals("forms.comparison.procurementHeadRequired", assertThrows(SpecException.class, () -> specs()
        .fileComparison(new ComparisonRequest(request.specId(), request.subject(), null, request.offers(),
            request.committee(), " "), requester)).key());

    ComparisonView c = specs().fileComparison(request, requester);
    assertEquals(State.SUBMITTED, c.submission().state());
    assertEquals(List.of("nanphat CHAIR", "silpachai MEMBER", "khwansiri SECRETARY"),
        c.committee().stream().map(m -> m.uid() + " " + m.role()).toList(), "seats in the order's custom");
    assertEquals("นางนันทน์ภัส เกียรติมาพรศักดิ์", c.committee().get(0).name(), "names from the staff list");
    assertEquals("นิติกรชำนาญการ", c.committee().get(1).position());
    assertEquals("นายสมชาย โกฎวิเชียร", c.procurementHead().name());
    assertEquals(c.committee(), specs().comparison(c.id(), requester).committee(), "read back as filed");
    ComparisonItemView item = c.items().get(0);
    OfferView cheapest = item.offers().get(0);
    assertTrue(cheapest.cheapest());
    assertFalse(cheapest.compliant());
    assertFalse(cheapest.winner());
    assertEquals(List.of(2), cheapest.failedLines());
    assertEquals(List.of(3), item.offers().get(1).failedLines(), "an unanswered line is not met");
    assertEquals("ห้างหุ้นส่วน ตรงสเปก", item.winner().vendor());
    assertTrue(item.winner().compliant() && !item.winner().cheapest());
    assertEquals(0, new BigDecimal("43000").compareTo(c.total()));
    assertEquals(0, new BigDecimal("43000").compareTo(c.submission().amount()));

    String text = pdftotext(documents().pdf(c.id(), false, requester));
    if (text != null) {
      String flat = text.replaceAll("\\s+", " ");
      assertTrue(flat.contains("เห็นควรจัดซื้อจาก ห้างหุ้นส่วน ตรงสเปก"), flat);
      String joined = flat.replace(" ", "");
      assertTrue(joined.contains("ตารางสรุปเปรียบเทียบคุณสมบัติ"), flat);
      assertTrue(joined.contains("(นางนันทน์ภัสเกียรติมาพรศักดิ์)") && joined.contains("ประธานกรรมการ")
          && joined.contains("(นายศิลปชัยเผือกขำ)") && joined.contains("กรรมการและเลขานุการ"), "the committee signs:\n" + flat);
      assertTrue(joined.contains("ความเห็นของหัวหน้าเจ้าหน้าที่") && joined.contains("(นายสมชายโกฎวิเชียร)"), flat);
    }

    Arrival arrival = new Arrival(LocalDate.of(2026, 2, 1), "7440", "001", "งบประมาณ 2569", "ห้องกลุ่ม ICT", false);
    assertThrows(AccessDeniedException.class, () -> specs().createAssets(c.id(), arrival, requester));
    assertEquals("forms.spec.notApproved",
        assertThrows(SpecException.class, () -> specs().createAssets(c.id(), arrival, wiparat)).key());
    approve(c.id());
    assertEquals("forms.spec.useComparison",
        assertThrows(SpecException.class, () -> specs().createAssets(spec.id(), arrival, wiparat)).key());

    List<CreatedAsset> created = specs().createAssets(c.id(), arrival, wiparat);
    assertEquals(2, created.size(), "one asset per unit");
    for (CreatedAsset a : created) {
      AssetRegistration r = assets().registration(a.assetId());
      assertEquals(TestCatalog.TEST_EDITION, r.editionId());
      assertEquals(TestCatalog.DESKTOP, r.catalogItemId());
      assertEquals(0, new BigDecimal("21500").compareTo(r.price()));
      assertTrue(r.procurementRef().contains(c.submission().numberText()));
    }
    assertEquals(2, specs().spec(spec.id(), requester).assets().size());
    assertEquals("forms.spec.assetsAlreadyCreated",
        assertThrows(SpecException.class, () -> specs().createAssets(c.id(), arrival, wiparat)).key());
  }

  @Test
  default void anApprovedSpecWithoutComparisonRegistersAtItsUnitPriceAndEdition() {
    Actor requester = newRequester();
    SpecView spec = specs().fileSpec(notebook(PRICE_REASON), requester);
    approve(spec.id());
    List<CreatedAsset> created = specs().createAssets(spec.id(),
        new Arrival(LocalDate.of(2026, 3, 2), "7440", "001", null, "โรงเรียนบ้านทดสอบ", true), wiparat);
    assertEquals(1, created.size());
    AssetRegistration r = assets().registration(created.get(0).assetId());
    assertEquals(TestCatalog.MARCH_2566, r.editionId());
    assertEquals(TestCatalog.NOTEBOOK, r.catalogItemId());
    assertEquals(0, new BigDecimal("21000").compareTo(r.price()));
    assertEquals("เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน", r.name());
    assertTrue(r.atSchool());
    assertTrue(specs().approvedSpecs(requester).stream().anyMatch(s -> s.id() == spec.id()));
  }

  private static String pdftotext(byte[] pdf) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
      return null;
    }
    Path file = Files.createTempFile("spec", ".pdf");
    try {
      Files.write(file, pdf);
      Process p = new ProcessBuilder("/usr/bin/pdftotext", file.toString(), "-").redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      p.waitFor(30, TimeUnit.SECONDS);
      return new String(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
