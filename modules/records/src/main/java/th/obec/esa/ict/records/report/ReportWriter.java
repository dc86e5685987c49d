package th.obec.esa.ict.records.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.platform.signature.SignatureBlock;
import th.obec.esa.ict.platform.pdf.ThaiLineBreaker;
import th.obec.esa.ict.platform.text.DocumentDigits;

/**
 * Writes one Thai official report: title and form code, the office, a table of facts, headed
 * sections, tables, the signature block and the director's opinion. Thai text is broken between
 * words before OpenPDF sees it (it breaks only at spaces). Record numbers ("F13-2569/001") keep
 * Arabic digits when the rest is printed in Thai digits: they are identifiers typed into searches.
 */
public final class ReportWriter {

  /** One centimetre in points. */
  public static final float CM = 72f / 2.54f;
  static final float BODY = 16f;
  static final float SMALL = 14f;
  private static final float TITLE = 18f;
  private static final float INDENT = 1.25f * CM;
  private static final Color HEAD_FILL = new Color(0xe8, 0xee, 0xf6);

  private final ThaiFonts fonts;
  private final boolean thaiDigits;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Document doc;
  private final PdfWriter writer;

  public ReportWriter(ThaiFonts fonts, boolean thaiDigits, String documentTitle) {
    this.fonts = fonts;
    this.thaiDigits = thaiDigits;
    this.doc = new Document(PageSize.A4, 3f * CM, 2f * CM, 1.5f * CM, 2f * CM);
    try {
      this.writer = PdfWriter.getInstance(doc, out);
    } catch (DocumentException e) {
      throw new IllegalStateException("the report could not be started", e);
    }
    doc.addTitle(documentTitle);
    doc.addCreator("ICT intranet");
    doc.open();
  }

  public PdfWriter writer() {
    return writer;
  }

  /** The width between the margins. */
  public float width() {
    return doc.right() - doc.left();
  }

  /** Digits as the office prints them: the documents' one rule (form codes and record numbers untouched). */
  public String digits(String text) {
    return DocumentDigits.of(thaiDigits).apply(text);
  }

  /** The title block: form name, form code, office and unit. */
  public void title(String formName, String formCode, ReportHead head) {
    centred(formName, fonts.boldFont(TITLE), 0f);
    centred("(" + formCode + ")", fonts.font(BODY), 0f);
    if (head != null && head.unitName() != null) {
      centred(head.unitName(), fonts.font(BODY), 2f);
    }
    if (head != null && head.officeName() != null) {
      centred(head.officeName(), fonts.font(BODY), 0f);
    }
    spacer(6f);
  }

  private void centred(String text, Font font, float before) {
    float w = width();
    List<String> lines = font.getBaseFont() == fonts.bold()
        ? List.of(fonts.wrap(digits(text), true, font.getSize(), w).split("\n"))
        : fonts.lines(digits(text), font.getSize(), w);
    boolean first = true;
    for (String line : lines) {
      Paragraph p = new Paragraph(font.getSize() * 1.25f, new Chunk(line, font));
      p.setAlignment(Element.ALIGN_CENTER);
      if (first) {
        p.setSpacingBefore(before);
        first = false;
      }
      add(p);
    }
  }

  /** A two-column table of labelled facts; a null value prints as "-". */
  public void facts(List<String[]> rows) {
    float w = width();
    float widest = 0;
    for (String[] row : rows) {
      widest = Math.max(widest, fonts.bold().getWidthPoint(digits(row[0]), BODY));
    }
    float labelW = Math.min(w * 0.4f, Math.max(w * 0.2f, widest + 14f));
    float valueW = w - labelW;
    PdfPTable t = new PdfPTable(new float[] {labelW, valueW});
    t.setWidthPercentage(100f);
    for (String[] row : rows) {
      t.addCell(cell(row[0], true, labelW, Element.ALIGN_LEFT, null));
      t.addCell(cell(row[1] == null || row[1].isBlank() ? "-" : row[1], false, valueW, Element.ALIGN_LEFT, null));
    }
    t.setSpacingAfter(6f);
    add(t);
  }

  /** A numbered, bold heading and its text in indented paragraphs; "-" when there is no text. */
  public void section(String heading, String text) {
    heading(heading);
    paragraphs(text == null || text.isBlank() ? "-" : text);
  }

  public void heading(String heading) {
    ensureSpace(BODY * 6f);
    Paragraph p = new Paragraph(BODY * 1.3f, new Chunk(digits(heading), fonts.boldFont(BODY)));
    p.setSpacingBefore(9f);
    add(p);
  }

  /** Paragraphs (split at line breaks), each with its first line indented. */
  public void paragraphs(String text) {
    float w = width();
    for (String para : text.split("\\R")) {
      if (para.isBlank()) {
        continue;
      }
      List<String> lines = ThaiLineBreaker.lines(digits(para.strip()),
          s -> fonts.regular().getWidthPoint(s, BODY), w - INDENT, w);
      for (int i = 0; i < lines.size(); i++) {
        Paragraph p = new Paragraph(BODY * 1.3f, new Chunk(lines.get(i), fonts.font(BODY)));
        p.setIndentationLeft(i == 0 ? INDENT : 0f);
        add(p);
      }
    }
  }

  /**
   * A table with a shaded header row.
   *
   * @param widths relative column widths
   * @param aligns each column's {@link Element} alignment
   */
  public void table(float[] widths, String[] headers, List<String[]> rows, int[] aligns) {
    float total = 0;
    for (float f : widths) {
      total += f;
    }
    float w = width();
    float[] abs = new float[widths.length];
    for (int i = 0; i < widths.length; i++) {
      abs[i] = w * widths[i] / total;
    }
    PdfPTable t = new PdfPTable(abs);
    t.setWidthPercentage(100f);
    t.setHeaderRows(1);
    for (int i = 0; i < headers.length; i++) {
      t.addCell(cell(headers[i], true, abs[i], Element.ALIGN_CENTER, HEAD_FILL, SMALL));
    }
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        t.addCell(cell(row[i] == null ? "-" : row[i], false, abs[i], aligns[i], null, SMALL));
      }
    }
    t.setSpacingBefore(4f);
    t.setSpacingAfter(6f);
    add(t);
  }

  public void image(Image image) {
    image.setAlignment(Element.ALIGN_CENTER);
    add(image);
  }

  /** The signature of the one who reports, right of centre as Thai reports have it. */
  public void signature(String caption, String name, String position, String dateLine) {
    signature(caption, new SignatureBlock(name, position == null || position.isBlank() ? null : position, null, null),
        dateLine);
  }

  /**
   * The signature of the one who reports, its lines (name, own position, acting line, basis) as the
   * one place, {@link SignatureBlock}, words them; a blank name leaves a dotted line to sign on.
   */
  public void signature(String caption, SignatureBlock signer, String dateLine) {
    List<String> lines = new ArrayList<>();
    lines.add("(ลงชื่อ) ................................ " + caption);
    if (signer.name() == null || signer.name().isBlank()) {
      lines.add("(................................)");
      lines.addAll(signer.lines().subList(1, signer.lines().size()));
    } else {
      lines.addAll(signer.lines());
    }
    if (dateLine != null) {
      lines.add(dateLine);
    }
    block(lines, 18f);
  }

  /** The space where the director writes an opinion, with dotted lines and a blank signature. */
  public void directorOpinion(String directorTitle) {
    ensureSpace(BODY * 1.3f + 16f + 3 * BODY * 1.5f + 60f);
    Paragraph h = new Paragraph(BODY * 1.3f, new Chunk("ความเห็นของผู้อำนวยการ", fonts.boldFont(BODY)));
    h.setSpacingBefore(16f);
    add(h);
    String dots = ".".repeat(dotsFor(width()));
    for (int i = 0; i < 3; i++) {
      add(new Paragraph(BODY * 1.5f, new Chunk(dots, fonts.font(BODY))));
    }
    List<String> lines = new ArrayList<>();
    lines.add("(ลงชื่อ) ................................");
    lines.add("(................................)");
    if (directorTitle != null) {
      lines.add(directorTitle);
    }
    lines.add(digits("วันที่ ........ เดือน .................... พ.ศ. ............"));
    block(lines, 14f);
  }

  private int dotsFor(float w) {
    float dot = fonts.regular().getWidthPoint(".", BODY);
    return Math.max(10, (int) (w / dot) - 2);
  }

  private void block(List<String> lines, float before) {
    float indent = 5.5f * CM;
    float w = width() - indent;
    ensureSpace(lines.size() * BODY * 1.3f + before + 10f);
    boolean first = true;
    for (String line : lines) {
      for (String piece : fonts.lines(digits(line), BODY, w)) {
        Paragraph p = new Paragraph(BODY * 1.3f, new Chunk(piece, fonts.font(BODY)));
        p.setIndentationLeft(indent);
        p.setAlignment(Element.ALIGN_CENTER);
        if (first) {
          p.setSpacingBefore(before);
          first = false;
        }
        add(p);
      }
    }
  }

  /** Starts a new page unless this much room is left, so a heading never ends a page. */
  public void ensureSpace(float points) {
    if (writer.getVerticalPosition(false) - points < doc.bottom()) {
      doc.newPage();
    }
  }

  public void spacer(float points) {
    Paragraph p = new Paragraph(" ", fonts.font(4f));
    p.setSpacingAfter(points);
    add(p);
  }

  private PdfPCell cell(String text, boolean bold, float width, int align, Color fill) {
    return cell(text, bold, width, align, fill, BODY);
  }

  private PdfPCell cell(String text, boolean bold, float width, int align, Color fill, float size) {
    float pad = 4f;
    String wrapped = fonts.wrap(digits(text), bold, size, width - 2 * pad - 2f);
    PdfPCell c = new PdfPCell(new Phrase(size * 1.35f, wrapped, bold ? fonts.boldFont(size) : fonts.font(size)));
    c.setPadding(pad);
    c.setPaddingBottom(pad + 2f);
    c.setHorizontalAlignment(align);
    c.setVerticalAlignment(Element.ALIGN_TOP);
    c.setBorderColor(Color.GRAY);
    c.setBorderWidth(0.5f);
    if (fill != null) {
      c.setBackgroundColor(fill);
    }
    return c;
  }

  private void add(Element e) {
    try {
      doc.add(e);
    } catch (DocumentException ex) {
      throw new IllegalStateException("the report could not be laid out", ex);
    }
  }

  /** Closes the document and gives its bytes. */
  public byte[] finish() {
    doc.close();
    return out.toByteArray();
  }
}
