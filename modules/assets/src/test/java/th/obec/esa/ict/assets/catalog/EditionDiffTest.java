package th.obec.esa.ict.assets.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up items: the comparison's rules, not catalogue data. */
class EditionDiffTest {

  private static ItemSnapshot item(String no, String name, String price, String... spec) {
    return new ItemSnapshot(no, "หมวดทดสอบ", name, null, "เครื่อง", new BigDecimal(price), null, List.of(spec));
  }

  @Test
  void itemsAreMatchedByNameEvenWhenRenumbered() {
    EditionComparison c = EditionDiff.compare(
        List.of(item("11", "อุปกรณ์ ก", "100", "ข้อ 1")),
        List.of(item("12", "อุปกรณ์  ก ", "100", "ข้อ 1")));
    assertTrue(c.added().isEmpty());
    assertTrue(c.removed().isEmpty());
    assertTrue(c.changed().isEmpty());
    assertEquals(1, c.unchanged());
  }

  @Test
  void newAndRemovedItemsAreListed() {
    EditionComparison c = EditionDiff.compare(
        List.of(item("1", "อุปกรณ์ ก", "100"), item("2", "อุปกรณ์ ข", "200")),
        List.of(item("1", "อุปกรณ์ ก", "100"), item("2", "อุปกรณ์ ค", "300")));
    assertEquals(List.of("อุปกรณ์ ค"), c.added().stream().map(ItemSnapshot::nameTh).toList());
    assertEquals(List.of("อุปกรณ์ ข"), c.removed().stream().map(ItemSnapshot::nameTh).toList());
  }

  @Test
  void aPriceChangeIsReportedWithItsDelta() {
    EditionComparison c = EditionDiff.compare(List.of(item("1", "อุปกรณ์ ก", "19000.00")),
        List.of(item("1", "อุปกรณ์ ก", "18500")));
    assertEquals(1, c.changed().size());
    EditionComparison.ItemChange ch = c.changed().get(0);
    assertTrue(ch.priceChanged());
    assertFalse(ch.specChanged());
    assertEquals(0, new BigDecimal("-500").compareTo(ch.priceDelta()));
  }

  @Test
  void samePriceWithOtherScaleIsNoChange() {
    EditionComparison c = EditionDiff.compare(List.of(item("1", "อุปกรณ์ ก", "19000")),
        List.of(item("1", "อุปกรณ์ ก", "19000.00")));
    assertEquals(1, c.unchanged());
  }

  @Test
  void specChangesListAddedAndRemovedLines() {
    EditionComparison c = EditionDiff.compare(
        List.of(item("1", "อุปกรณ์ ก", "100", "ข้อ 1", "ข้อ 2")),
        List.of(item("1", "อุปกรณ์ ก", "100", "ข้อ 1", "ข้อ 3")));
    EditionComparison.ItemChange ch = c.changed().get(0);
    assertTrue(ch.specChanged());
    assertFalse(ch.priceChanged());
    assertEquals(List.of("ข้อ 3"), ch.specLinesAdded());
    assertEquals(List.of("ข้อ 2"), ch.specLinesRemoved());
  }

  @Test
  void reorderedSpecLinesAreAChangeWithNothingAddedOrRemoved() {
    EditionComparison c = EditionDiff.compare(List.of(item("1", "อุปกรณ์ ก", "100", "ก", "ข")),
        List.of(item("1", "อุปกรณ์ ก", "100", "ข", "ก")));
    EditionComparison.ItemChange ch = c.changed().get(0);
    assertTrue(ch.specChanged());
    assertTrue(ch.specLinesAdded().isEmpty());
    assertTrue(ch.specLinesRemoved().isEmpty());
  }

  @Test
  void aNamePrintedTwiceMatchesOccurrenceByOccurrence() {
    EditionComparison c = EditionDiff.compare(
        List.of(item("1", "ซ้ำ", "100"), item("2", "ซ้ำ", "200")),
        List.of(item("5", "ซ้ำ", "100"), item("6", "ซ้ำ", "250"), item("7", "ซ้ำ", "300")));
    assertEquals(1, c.unchanged());
    assertEquals(1, c.changed().size());
    assertEquals(1, c.added().size());
  }

  @Test
  void twoEmptyEditionsDoNotDiffer() {
    EditionComparison c = EditionDiff.compare(List.of(), List.of());
    assertEquals(0, c.unchanged() + c.added().size() + c.removed().size() + c.changed().size());
  }

  @Test
  void namesAreNormalisedForMatchingAndSearch() {
    assertEquals("notebook สำหรับงาน", Names.key("  NoteBook\u00A0 สำหรับงาน "));
    assertEquals("%50\\%\\_x%", Names.containsPattern("50%_X"));
  }
}
