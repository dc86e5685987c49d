package th.obec.esa.ict.organization.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.BusinessException;

/** What an emblem upload must be, with the message a person sees next to the field. */
class EmblemRulesTest {

  static byte[] png(int width, int height) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
    return out.toByteArray();
  }

  private static String refused(String name, byte[] content) {
    BusinessException e = assertThrows(BusinessException.class, () -> EmblemRules.check(name, content));
    assertEquals(EmblemRules.FIELD, e.field());
    return e.key();
  }

  @Test
  void aPngHighEnoughIsTakenWithItsSize() throws Exception {
    EmblemRules.Checked c = EmblemRules.check("garuda.png", png(200, 220));
    assertEquals("image/png", c.contentType());
    assertEquals(200, c.widthPx());
    assertEquals(220, c.heightPx());
  }

  @Test
  void everyOtherFileIsRefusedWithItsReason() throws Exception {
    assertEquals("organization.emblem.empty", refused("x.png", new byte[0]));
    assertEquals("organization.emblem.svgNotPrinted",
        refused("garuda.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
    assertEquals("organization.emblem.svgNotPrinted",
        refused("garuda.png", "<?xml version='1.0'?><svg/>".getBytes(StandardCharsets.UTF_8)));
    assertEquals("organization.emblem.notPng", refused("garuda.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}));
    byte[] broken = Arrays.copyOf(png(200, 220), 40);
    assertEquals("organization.emblem.unreadable", refused("garuda.png", broken));
    assertEquals("organization.emblem.tooSmall", refused("garuda.png", png(60, 64)));
    byte[] huge = new byte[EmblemRules.MAX_BYTES + 1];
    System.arraycopy(png(10, 10), 0, huge, 0, 8);
    assertEquals("organization.emblem.tooLarge", refused("garuda.png", huge));
  }

  @Test
  void prefixesAreStoredWithArabicDigitsAndOneSpace() {
    assertEquals("ศธ 04086", LetterPrefixes.normalise("ศธ๐๔๐๘๖"));
    assertEquals("ศธ 04086.3", LetterPrefixes.normalise("  ศธ   04086.3 "));
    assertTrue(LetterPrefixes.valid(LetterPrefixes.normalise("ศธ ๐๔๐๘๖.๑๒")));
    assertFalse(LetterPrefixes.valid(LetterPrefixes.normalise("ศธ 0408")));
    assertFalse(LetterPrefixes.valid(LetterPrefixes.normalise("04086")));
    assertEquals(null, LetterPrefixes.normalise("  "));
  }
}
