package th.obec.esa.ict.platform.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Thai fonts of one printed document. Thai is shaped by the JDK's layout engine (OpenPDF's
 * {@link LayoutProcessor}), so vowels and tone marks sit on their consonants. The font files come
 * from configuration ({@value #FONT_KEY}, {@value #BOLD_FONT_KEY}); a missing regular font is a
 * clear error, never boxes on paper. Create one per document: OpenPDF fonts are not shared
 * between threads.
 */
public final class ThaiFonts {

  /** Configuration key of the regular font file. */
  public static final String FONT_KEY = "ict.pdf.font";
  /** Configuration key of the bold font file. */
  public static final String BOLD_FONT_KEY = "ict.pdf.font.bold";
  /** Debian's fonts-tlwg-laksaman: Laksaman is the TLWG release of TH Sarabun. */
  public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf";
  public static final String DEFAULT_BOLD_FONT = "/usr/share/fonts/truetype/tlwg/Laksaman-Bold.ttf";

  static {
    synchronized (LayoutProcessor.class) {
      if (!LayoutProcessor.isEnabled()) {
        LayoutProcessor.setWriteActualText();
        LayoutProcessor.enableKernLiga();
      }
    }
  }

  private final BaseFont regular;
  private final BaseFont bold;

  private ThaiFonts(BaseFont regular, BaseFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /**
   * @param fontFile the regular TrueType font; null or blank for {@link #DEFAULT_FONT}
   * @param boldFontFile the bold one; when missing the regular font is used for bold too
   */
  public static ThaiFonts load(String fontFile, String boldFontFile) {
    Path regularPath = existing(fontFile == null || fontFile.isBlank() ? DEFAULT_FONT : fontFile);
    String boldName = boldFontFile == null || boldFontFile.isBlank() ? DEFAULT_BOLD_FONT : boldFontFile;
    Path boldPath = Files.isRegularFile(Path.of(boldName)) ? Path.of(boldName) : regularPath;
    try {
      return new ThaiFonts(BaseFont.createFont(regularPath.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
          BaseFont.createFont(boldPath.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Thai font " + regularPath, e);
    }
  }

  /** Fails at once, with the fix, when the font is not there. */
  public static Path existing(String file) {
    if (file == null || file.isBlank() || !Files.isRegularFile(Path.of(file))) {
      throw new IllegalStateException("The Thai font for printed documents is missing: " + file + ". Install the Debian"
          + " package fonts-tlwg-laksaman, or set " + FONT_KEY + " to a TrueType Thai font (e.g. THSarabunNew.ttf).");
    }
    return Path.of(file);
  }

  public BaseFont regular() {
    return regular;
  }

  public BaseFont bold() {
    return bold;
  }

  public Font font(float size) {
    return new Font(regular, size);
  }

  public Font boldFont(float size) {
    return new Font(bold, size);
  }

  /** The lines of a text set in the regular font at this size, broken between Thai words. */
  public List<String> lines(String text, float size, float width) {
    return ThaiLineBreaker.lines(text, s -> regular.getWidthPoint(s, size), width, width);
  }

  /**
   * A text broken to fit a table cell of this width, its lines joined by newlines (OpenPDF
   * breaks only at spaces, and Thai has none between words).
   */
  public String wrap(String text, boolean isBold, float size, float width) {
    if (text == null) {
      return "";
    }
    BaseFont f = isBold ? bold : regular;
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n", -1)) {
      List<String> lines = ThaiLineBreaker.lines(paragraph, s -> f.getWidthPoint(s, size), width, width);
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(String.join("\n", lines));
    }
    return out.toString();
  }

  /**
   * Thai digits when asked, as many offices print them on official documents, except in form
   * codes and record numbers: the documents' one rule ({@link th.obec.esa.ict.platform.text.DocumentDigits}).
   */
  public static UnaryOperator<String> digits(boolean thai) {
    return th.obec.esa.ict.platform.text.DocumentDigits.of(thai);
  }
}
