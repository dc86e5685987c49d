package th.obec.esa.ict.evaluation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.evaluation.Fixtures;
import th.obec.esa.ict.evaluation.answer.AnswerSheet;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.platform.signature.SignatureBlock;

/**
 * The printed F12 on the test JVM with the Laksaman font: a PDF whose text holds the heading and
 * the evaluation's Thai title. The file is left in target/ to be looked at (pdftoppm).
 */
class F12RendererTest {

  private final EvaluationView ev = Fixtures.openF22();

  private static String text(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    StringBuilder all = new StringBuilder();
    for (int p = 1; p <= reader.getNumberOfPages(); p++) {
      all.append(extractor.getTextFromPage(p)).append('\n');
    }
    reader.close();
    return all.toString();
  }

  /**
   * Text compared without white space and Thai marks: the extractor gives the glyphs of vowels
   * and tone marks above and below the line separately or not at all, ำ as ํ + า, and
   * shifted tone marks as the font's private-use glyphs.
   */
  private static String bare(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[\\s\\p{Mn}\\p{Co}]+", "");
  }

  @Test
  void theReportHoldsTheHeadingTitleAndFigures() throws Exception {
    List<AnswerSheet> sheets = Fixtures.sheets(ev, 30);
    F12Report report = F12Composer.compose(ev, sheets);
    ThaiFonts fonts = ThaiFonts.load(ThaiFonts.DEFAULT_FONT, ThaiFonts.DEFAULT_BOLD_FONT);
    byte[] pdf = new F12Renderer(fonts, false).render(report, "นางสาวนันท์ภัส ใจดี");
    assertEquals("%PDF", new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII));
    String text = bare(text(pdf));
    assertTrue(text.contains(bare("แบบรายงานสรุปผลการประเมิน (F12)")), text);
    assertTrue(text.contains(bare(ev.title())), bare(ev.title()) + " in " + text);
    assertTrue(text.contains(bare(ev.sections().get(1).items().get(1).text())), text);
    assertTrue(text.contains(report.overall().mean().toPlainString()), text);
    assertTrue(text.contains(bare("ผู้รายงาน")), text);
    Path dir = Path.of(System.getProperty("basedir", "."), "target");
    Files.createDirectories(dir);
    Files.write(dir.resolve("f12-sample.pdf"), pdf);

    byte[] thai = new F12Renderer(ThaiFonts.load(null, null), true).render(report, (String) null);
    String thaiText = text(thai);
    assertTrue(thaiText.contains("๔"), "Thai digits");
    Files.write(dir.resolve("f12-sample-thai-digits.pdf"), thai);
  }

  static final String ICT_DIRECTOR = "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";

  /**
   * Issue 15, golden: the F12's signature block is the one {@link SignatureBlock} words. The
   * rendered text, right after "ผู้รายงาน", carries the name, her own position and then, in one's own
   * right, the acting role as the order prints it, or for a stand-in "ปฏิบัติหน้าที่แทน …" and the
   * order's clause; the pdftotext reading (where poppler is installed) says the same.
   */
  @Test
  void theSignatureBlockIsTheOnePlacesForAnActingRoleAndForAStandIn() throws Exception {
    F12Report report = F12Composer.compose(ev, Fixtures.sheets(ev, 12));
    ThaiFonts fonts = ThaiFonts.load(ThaiFonts.DEFAULT_FONT, ThaiFonts.DEFAULT_BOLD_FONT);
    SignatureBlock own = SignatureBlock.of("นางนันทน์ภัส เกียรติมาพรศักดิ์", "นักวิเคราะห์นโยบายและแผนชำนาญการ",
        "ปฏิบัติหน้าที่ " + ICT_DIRECTOR, SignatureBlock.Kind.OWN, null, null);
    golden(new F12Renderer(fonts, false).render(report, own), "f12-signature-acting-role.pdf",
        "(นางนันทน์ภัส เกียรติมาพรศักดิ์) นักวิเคราะห์นโยบายและแผนชำนาญการ ปฏิบัติหน้าที่" + ICT_DIRECTOR + " วันที่");
    SignatureBlock standIn = SignatureBlock.of("นางขวัญศิริ กองช่าง", "นักวิเคราะห์นโยบายและแผนชำนาญการ", null,
        SignatureBlock.Kind.STAND_IN, ICT_DIRECTOR, "คำสั่งที่ 275/2561 ข้อ 2.11");
    golden(new F12Renderer(fonts, false).render(report, standIn), "f12-signature-stand-in.pdf",
        "(นางขวัญศิริ กองช่าง) นักวิเคราะห์นโยบายและแผนชำนาญการ ปฏิบัติหน้าที่แทน " + ICT_DIRECTOR
            + " ตามคำสั่งที่ 275/2561 ข้อ 2.11 วันที่");
    // a name alone (no staff record): a dotted position line to write on, no acting line invented
    golden(new F12Renderer(fonts, false).render(report, "นายทดสอบ ระบบ"), "f12-signature-name-only.pdf",
        "(นายทดสอบ ระบบ) ตำแหน่ง");
  }

  /**
   * Issue 17, golden: the F12 is proposed to the director, so it is headed with the group and the
   * office that report, and ends with the director's part (her opinion or order, her signature and
   * her title) after the reporter's; without an office the block stays, with a line to write on.
   */
  @Test
  void theReportIsHeadedWithTheOfficeAndEndsWithTheDirectorsOpinion() throws Exception {
    F12Report report = F12Composer.compose(ev, Fixtures.sheets(ev, 12));
    ThaiFonts fonts = ThaiFonts.load(ThaiFonts.DEFAULT_FONT, ThaiFonts.DEFAULT_BOLD_FONT);
    String office = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1";
    String group = "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";
    byte[] pdf = new F12Renderer(fonts, false).render(report, SignatureBlock.of("นางขวัญศิริ กองช่าง",
        "นักวิเคราะห์นโยบายและแผนชำนาญการ", null, SignatureBlock.Kind.OWN, null, null),
        new F12Renderer.OfficeHeading(group, office));
    String text = bare(text(pdf));
    assertTrue(text.startsWith(bare("แบบรายงานสรุปผลการประเมิน (F12)")), text);
    int title = text.indexOf(bare("เรื่อง"));
    assertTrue(text.substring(0, title).contains(bare(group) + bare(office)), "the heading: " + text.substring(0, title));
    int reporter = text.lastIndexOf(bare("ผู้รายงาน"));
    int director = text.lastIndexOf(bare("ความเห็น / ข้อสั่งการของผู้อำนวยการ"));
    assertTrue(reporter >= 0 && director > reporter, "the director's part after the reporter's: " + text);
    assertTrue(text.substring(director).contains(bare("ผู้อำนวยการ" + office) + bare("วันที่")),
        "her title under her signature: " + text.substring(director));
    Path dir = Path.of(System.getProperty("basedir", "."), "target");
    Files.createDirectories(dir);
    Files.write(dir.resolve("f12-office-and-director.pdf"), pdf);

    String none = bare(text(new F12Renderer(fonts, false).render(report, "นายทดสอบ ระบบ")));
    assertTrue(none.contains(bare("ความเห็น / ข้อสั่งการของผู้อำนวยการ") ) && none.contains(bare("ผู้อำนวยการ ....")),
        "without an office, a line to write the title on: " + none);
  }

  private static void golden(byte[] pdf, String name, String expected) throws Exception {
    String caption = bare("ผู้รายงาน");
    String text = bare(text(pdf));
    int at = text.lastIndexOf(caption);
    assertTrue(at >= 0 && text.substring(at + caption.length()).startsWith(bare(expected)),
        bare(expected) + " after the caption in\n" + text);
    Path dir = Path.of(System.getProperty("basedir", "."), "target");
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    Files.write(file, pdf);
    if (Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
      Process p = new ProcessBuilder("/usr/bin/pdftotext", file.toString(), "-").redirectErrorStream(true).start();
      String poppler = bare(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
      int pa = poppler.lastIndexOf(caption);
      assertTrue(pa >= 0 && poppler.substring(pa + caption.length()).startsWith(bare(expected)), "pdftotext: " + poppler);
    }
  }
}
