package th.obec.esa.ict.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Thai lines break between words and never part a vowel or tone mark from its consonant. */
class ThaiLineBreakerTest {

  /** One unit per base character; marks above and below take no width, as in the font. */
  private static double width(String s) {
    return s.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count();
  }

  @Test
  void linesBreakBetweenThaiWordsWithinTheWidth() {
    String text = "ขอแจ้งซ่อมเครื่องคอมพิวเตอร์โน้ตบุ๊กสำหรับงานสำนักงาน";
    List<String> lines = ThaiLineBreaker.lines(text, ThaiLineBreakerTest::width, 12, 12);
    assertEquals(text, String.join("", lines));
    for (String line : lines) {
      assertTrue(width(line) <= 12, line);
      assertTrue(Character.getType(line.codePointAt(0)) != Character.NON_SPACING_MARK, line);
    }
    assertTrue(lines.size() > 2);
  }

  @Test
  void theFirstLineMayBeShorterForItsIndent() {
    List<String> lines = ThaiLineBreaker.lines("ด้วยข้าพเจ้า นายสมชาย โกฎวิเชียร ตำแหน่ง นักวิชาการเงินและบัญชี",
        ThaiLineBreakerTest::width, 10, 30);
    assertTrue(width(lines.get(0)) <= 10);
    assertTrue(lines.size() >= 2);
  }

  @Test
  void emptyTextHasNoLines() {
    assertTrue(ThaiLineBreaker.lines("  ", ThaiLineBreakerTest::width, 10, 10).isEmpty());
  }
}
