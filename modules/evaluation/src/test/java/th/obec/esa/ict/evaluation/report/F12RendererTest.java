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

    byte[] thai = new F12Renderer(ThaiFonts.load(null, null), true).render(report, null);
    String thaiText = text(thai);
    assertTrue(thaiText.contains("๔"), "Thai digits");
    Files.write(dir.resolve("f12-sample-thai-digits.pdf"), thai);
  }
}
