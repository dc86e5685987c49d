package th.obec.esa.ict.platform.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A horizontal bar chart drawn as vectors into the PDF (sharp at any zoom, no image library):
 * one bar per labelled value against a fixed scale, the value printed at the bar's end. Long
 * Thai labels are cut to the label column with an ellipsis; the table beside the chart carries
 * the full text.
 */
public final class BarChart {

  /** One bar. */
  public record Bar(String label, double value) {}

  private static final Color BAR = new Color(0x2e, 0x6d, 0xb4);
  private static final Color GRID = new Color(0xcc, 0xcc, 0xcc);
  private static final float FONT_SIZE = 12f;
  private static final float ROW = 18f;

  private BarChart() {}

  /**
   * @param max the end of the scale (5 for a rating scale); when 0 or less, the largest value
   * @param ticks how many grid steps the scale has (5 for a rating scale)
   * @param decimals how values are printed at the bars' ends
   */
  public static Image draw(PdfWriter writer, ThaiFonts fonts, List<Bar> bars, double max, int ticks, int decimals,
      float width) {
    return draw(writer, fonts, bars, max, ticks, decimals, width, UnaryOperator.identity());
  }

  /**
   * The same, the scale and the values printed through {@code digits} (Thai digits on a document
   * that prints them, {@link ThaiFonts#digits}).
   */
  public static Image draw(PdfWriter writer, ThaiFonts fonts, List<Bar> bars, double max, int ticks, int decimals,
      float width, UnaryOperator<String> digits) {
    double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(1);
    if (top <= 0) {
      top = 1;
    }
    float labelWidth = width * 0.38f;
    float plotLeft = labelWidth + 6f;
    float plotWidth = width - plotLeft - 40f;
    float height = bars.size() * ROW + 22f;
    PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
    // grid and scale
    t.setColorStroke(GRID);
    t.setLineWidth(0.5f);
    for (int i = 0; i <= ticks; i++) {
      float x = plotLeft + plotWidth * i / ticks;
      t.moveTo(x, 16f);
      t.lineTo(x, height);
      t.stroke();
      String tick = format(top * i / ticks, top / ticks == Math.rint(top / ticks) ? 0 : 1);
      t.beginText();
      t.setFontAndSize(fonts.regular(), FONT_SIZE - 2);
      t.showTextAligned(PdfContentByte.ALIGN_CENTER, digits.apply(tick), x, 4f, 0);
      t.endText();
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      float y = height - (i + 1) * ROW;
      float len = (float) (plotWidth * Math.max(0, Math.min(b.value(), top)) / top);
      t.setColorFill(BAR);
      t.rectangle(plotLeft, y + 3f, Math.max(len, 0.5f), ROW - 6f);
      t.fill();
      t.setColorFill(Color.BLACK);
      t.beginText();
      t.setFontAndSize(fonts.regular(), FONT_SIZE);
      t.showTextAligned(PdfContentByte.ALIGN_RIGHT, fit(fonts, digits.apply(b.label()), labelWidth), labelWidth, y + 5f, 0);
      t.showTextAligned(PdfContentByte.ALIGN_LEFT, digits.apply(format(b.value(), decimals)), plotLeft + len + 3f, y + 5f,
          0);
      t.endText();
    }
    try {
      return Image.getInstance(t);
    } catch (BadElementException e) {
      throw new IllegalStateException("the chart could not be drawn", e);
    }
  }

  private static String format(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** The label, cut between Thai words with an ellipsis when it is wider than the column. */
  static String fit(ThaiFonts fonts, String label, float width) {
    if (label == null) {
      return "";
    }
    if (fonts.regular().getWidthPoint(label, FONT_SIZE) <= width) {
      return label;
    }
    List<String> lines = ThaiLineBreaker.lines(label, s -> fonts.regular().getWidthPoint(s + "…", FONT_SIZE), width,
        width);
    return lines.isEmpty() ? "" : lines.get(0) + "…";
  }
}
