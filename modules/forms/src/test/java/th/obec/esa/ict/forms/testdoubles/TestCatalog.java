package th.obec.esa.ict.forms.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import th.obec.esa.ict.forms.port.CatalogEdition;
import th.obec.esa.ict.forms.port.CatalogEntry;
import th.obec.esa.ict.forms.port.CatalogPort;

/**
 * The catalogue of the tests: the starter edition มีนาคม 2566 with item 11 as the register ships
 * it (the office notebook at 19,000 baht, no spec lines recorded), and a made-up test edition
 * whose item has spec lines, to exercise edited and removed lines.
 */
@ApplicationScoped
public class TestCatalog implements CatalogPort {

  public static final long MARCH_2566 = 1L;
  public static final long NOTEBOOK = 1L;
  public static final long TEST_EDITION = 900L;
  public static final long DESKTOP = 901L;

  public static final CatalogEntry NOTEBOOK_ITEM = new CatalogEntry(NOTEBOOK, MARCH_2566, "มีนาคม 2566", "11",
      "เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน", null, new BigDecimal("19000.00"), List.of());

  public static final CatalogEntry DESKTOP_ITEM = new CatalogEntry(DESKTOP, TEST_EDITION, "ฉบับทดสอบ", "1",
      "เครื่องคอมพิวเตอร์ทดสอบ", "เครื่อง", new BigDecimal("22000.00"),
      List.of("มีหน่วยประมวลผลกลางไม่น้อยกว่า 4 แกนหลัก", "มีหน่วยความจำหลักไม่น้อยกว่า 8 GB",
          "มีหน่วยจัดเก็บข้อมูลชนิด SSD ขนาดไม่น้อยกว่า 250 GB"));

  private static final List<CatalogEdition> EDITIONS = List.of(
      new CatalogEdition(TEST_EDITION, "ฉบับทดสอบ", LocalDate.of(2026, 1, 1), 1),
      new CatalogEdition(MARCH_2566, "มีนาคม 2566", LocalDate.of(2023, 3, 13), 1));

  @Override
  public List<CatalogEdition> editions() {
    return EDITIONS;
  }

  @Override
  public List<CatalogEntry> items(long editionId, String text, int max) {
    return List.of(NOTEBOOK_ITEM, DESKTOP_ITEM).stream().filter(i -> i.editionId() == editionId)
        .filter(i -> text == null || text.isBlank() || i.name().contains(text.strip())).limit(max).toList();
  }

  @Override
  public Optional<CatalogEntry> item(long itemId) {
    return List.of(NOTEBOOK_ITEM, DESKTOP_ITEM).stream().filter(i -> i.id() == itemId).findFirst();
  }
}
