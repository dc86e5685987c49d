package th.obec.esa.ict.reports;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.text.Normalizer;

/** The text of a printed report, for tests. */
public final class PdfText {

  private PdfText() {}

  /** All pages' text, as OpenPDF extracts it. */
  public static String of(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor x = new PdfTextExtractor(reader);
      StringBuilder all = new StringBuilder();
      for (int p = 1; p <= reader.getNumberOfPages(); p++) {
        all.append(x.getTextFromPage(p)).append('\n');
      }
      return all.toString();
    } finally {
      reader.close();
    }
  }

  /**
   * The text without spaces, Thai vowel and tone marks and private-use glyphs: what survives the
   * extraction of shaped Thai (marks come out as positioned glyphs), for comparing with expected text.
   */
  public static String plain(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD)
        .replaceAll("[\\s\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E\\uE000-\\uF8FF]", "");
  }
}
