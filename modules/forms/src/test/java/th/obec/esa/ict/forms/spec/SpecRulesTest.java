package th.obec.esa.ict.forms.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecRulesTest {

  private static final List<String> CATALOGUE = List.of("CPU ไม่น้อยกว่า 4 แกน", "RAM ไม่น้อยกว่า 8 GB", "SSD 250 GB");
  private static final BigDecimal REFERENCE = new BigDecimal("19000.00");

  @Test
  void withoutEditsTheCatalogueLinesAreCopiedUnmarked() {
    List<DraftLine> lines = SpecRules.lines(1, CATALOGUE, null);
    assertEquals(3, lines.size());
    assertTrue(lines.stream().allMatch(l -> l.deviation() == Deviation.AS_CATALOGUE));
    assertEquals(List.of(1, 2, 3), lines.stream().map(DraftLine::lineNo).toList());
  }

  @Test
  void everyDeviationIsMarked() {
    List<DraftLine> lines = SpecRules.lines(1, CATALOGUE, List.of(
        new SpecLineInput(1, "  CPU ไม่น้อยกว่า  4 แกน ", null),
        new SpecLineInput(2, "RAM ไม่น้อยกว่า 16 GB", "งานกราฟิก"),
        new SpecLineInput(3, " ", "ใช้ฮาร์ดดิสก์เดิม"),
        new SpecLineInput(null, "มีกล้องเว็บแคม", null),
        new SpecLineInput(null, "", null)));
    assertEquals(List.of(Deviation.AS_CATALOGUE, Deviation.EDITED, Deviation.REMOVED, Deviation.ADDED),
        lines.stream().map(DraftLine::deviation).toList());
    assertEquals("RAM ไม่น้อยกว่า 8 GB", lines.get(1).catalogueText());
    assertEquals("SSD 250 GB", lines.get(2).text());
    assertNull(lines.get(0).catalogueText());
  }

  @Test
  void aCatalogueLineLeftOutCountsAsRemovedWithoutReason() {
    List<DraftLine> lines = SpecRules.lines(2, CATALOGUE, List.of(new SpecLineInput(1, CATALOGUE.get(0), null),
        new SpecLineInput(3, CATALOGUE.get(2), null)));
    assertEquals(Deviation.REMOVED, lines.get(2).deviation());
    assertEquals("RAM ไม่น้อยกว่า 8 GB", lines.get(2).text());
    List<ReasonRequiredException> missing = SpecRules.missingReasons(2, "x", REFERENCE, REFERENCE, null, lines);
    assertEquals(1, missing.size());
    assertEquals("forms.spec.removedLineReasonRequired", missing.get(0).key());
    assertEquals("2.3", missing.get(0).args()[0]);
  }

  @Test
  void aLineUsedTwiceOrUnknownIsRefused() {
    assertEquals("forms.spec.catalogueLineTwice", assertThrows(SpecException.class, () -> SpecRules.lines(1, CATALOGUE,
        List.of(new SpecLineInput(1, "a", null), new SpecLineInput(1, "b", null)))).key());
    assertEquals("forms.spec.catalogueLineUnknown", assertThrows(SpecException.class,
        () -> SpecRules.lines(1, CATALOGUE, List.of(new SpecLineInput(4, "a", null)))).key());
  }

  @Test
  void aPriceAboveTheReferenceNeedsAReasonNamingTheItem() {
    List<ReasonRequiredException> missing = SpecRules.missingReasons(1, "โน้ตบุ๊ก", new BigDecimal("21000"), REFERENCE,
        "  ", List.of());
    assertEquals(1, missing.size());
    assertEquals("forms.spec.priceReasonRequired", missing.get(0).key());
    assertEquals(1, missing.get(0).args()[0]);
    assertEquals(new BigDecimal("21000"), missing.get(0).args()[2]);
    assertThrows(ReasonRequiredException.class, () -> SpecRules.requireReasons(missing));
    assertTrue(SpecRules.missingReasons(1, "โน้ตบุ๊ก", new BigDecimal("21000"), REFERENCE, "ต้องใช้จอ 15 นิ้ว", List.of())
        .isEmpty());
  }

  @Test
  void theReferencePriceItselfAndBelowNeedNoReason() {
    assertTrue(SpecRules.missingReasons(1, "x", REFERENCE, REFERENCE, null, List.of()).isEmpty());
    assertTrue(SpecRules.missingReasons(1, "x", new BigDecimal("18500"), REFERENCE, null, List.of()).isEmpty());
    assertFalse(SpecRules.aboveReference(new BigDecimal("19000.00"), REFERENCE));
    assertTrue(SpecRules.aboveReference(new BigDecimal("19000.01"), REFERENCE));
  }

  @Test
  void editedLinesNeedAReasonAddedLinesDoNot() {
    List<DraftLine> lines = SpecRules.lines(1, CATALOGUE, List.of(new SpecLineInput(1, CATALOGUE.get(0), null),
        new SpecLineInput(2, "RAM 4 GB", null), new SpecLineInput(3, CATALOGUE.get(2), null),
        new SpecLineInput(null, "มีกล้อง", null)));
    List<ReasonRequiredException> missing = SpecRules.missingReasons(1, "x", REFERENCE, REFERENCE, null, lines);
    assertEquals(1, missing.size());
    assertEquals("forms.spec.editedLineReasonRequired", missing.get(0).key());
    assertEquals("1.2", missing.get(0).args()[0]);
  }

  @Test
  void quantityAndPriceAreChecked() {
    assertEquals("forms.spec.quantityInvalid", assertThrows(SpecException.class,
        () -> SpecRules.checkQuantityAndPrice(3, 0, REFERENCE)).key());
    assertEquals("forms.spec.priceInvalid", assertThrows(SpecException.class,
        () -> SpecRules.checkQuantityAndPrice(3, 1, BigDecimal.ZERO)).key());
    assertEquals("forms.spec.priceInvalid", assertThrows(SpecException.class,
        () -> SpecRules.checkQuantityAndPrice(3, 1, new BigDecimal("1.005"))).key());
    SpecRules.checkQuantityAndPrice(3, 2, new BigDecimal("21000.50"));
    assertEquals(new BigDecimal("42001.00"), SpecRules.amount(new BigDecimal("21000.50"), 2));
  }
}
