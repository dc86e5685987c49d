package th.obec.esa.ict.forms.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.document.MemoRenderer;

class CardRendererTest {

  @Test
  void theCardShowsWhoUntilWhenItsSerialAndIssuerOnOnePage() throws Exception {
    CardRenderer renderer = new CardRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT);
    byte[] pdf = renderer.render(new IdCard("สพป.ชุมพร เขต 1", "นางขวัญศิริ กองช่าง", "Mrs. Khwansiri Kongchang",
        "นักวิเคราะห์นโยบายและแผนชำนาญการ", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "khwansiri",
        LocalDate.of(2027, 9, 30), "https://intranet.esa.local/card/verify.xhtml?c=0123456789abcdef0123456789abcdef",
        "F09-2569/0007", "นางนันทน์ภัส เกียรติมาพรศักดิ์"));
    String dir = System.getProperty("ict.pdf.sample.dir", "target");
    Files.createDirectories(Path.of(dir));
    Files.write(Path.of(dir, "card-sample.pdf"), pdf);
    PdfReader reader = new PdfReader(pdf);
    assertEquals(1, reader.getNumberOfPages());
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    reader.close();
    assertTrue(text.contains("khwansiri"), text);
    assertTrue(text.contains("2570"), "Buddhist-era validity: " + text);
    assertFalse(text.contains("รหัสผ่าน"), "no password on the card");
    assertTrue(text.contains("F09-2569/0007"), "the card's serial, in Arabic digits: " + text);
    // the extractor drops some marks above the line: "ผู้" comes out as "ผู"
    assertTrue(text.contains("ออกบัตร") && text.contains("เกียรติมาพรศัก"), "who issued it: " + text);
  }

  @Test
  void theQrCodeCarriesTheVerificationAddress() {
    BitMatrix m = CardRenderer.qr("https://intranet.esa.local/card/verify.xhtml?c=0123456789abcdef0123456789abcdef");
    assertTrue(m.getWidth() >= 21);
    assertEquals(m.getWidth(), m.getHeight());
  }
}
