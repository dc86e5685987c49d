package th.obec.esa.ict.forms.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.PdfContentByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import th.obec.esa.ict.platform.pdf.ThaiLineBreaker;
import th.obec.esa.ict.platform.text.DocumentDigits;

/**
 * Lays a {@link Memo} out as the government's บันทึกข้อความ: title, ส่วนราชการ / ที่ / วันที่ /
 * เรื่อง, เรียน, indented paragraphs, signatures on the right. Thai is shaped by the JDK's layout
 * engine (OpenPDF's {@link LayoutProcessor}), so vowels and tone marks sit on their consonants,
 * and lines break between Thai words ({@link ThaiLineBreaker}). The font is a TrueType Thai font
 * from a configurable file; a missing font is a clear start-up error, never boxes on paper.
 */
public final class MemoRenderer {

  /** Configuration key of the regular font file. */
  public static final String FONT_KEY = "ict.pdf.font";
  /** Configuration key of the bold font file. */
  public static final String BOLD_FONT_KEY = "ict.pdf.font.bold";
  /** Debian's fonts-tlwg-laksaman: Laksaman is the TLWG release of TH Sarabun. */
  public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/tlwg/Laksaman.ttf";
  public static final String DEFAULT_BOLD_FONT = "/usr/share/fonts/truetype/tlwg/Laksaman-Bold.ttf";

  private static final float CM = 72f / 2.54f;
  private static final float BODY_SIZE = 16f;
  private static final float LABEL_SIZE = 20f;
  private static final float TITLE_SIZE = 29f;
  private static final float INDENT = 2.5f * CM;
  private static final float SIGNATURE_INDENT = 7f * CM;
  /**
   * The emblem's height on a บันทึกข้อความ: 1.5 cm (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ
   * พ.ศ. 2526 ข้อ 71 and its form 26: 3 cm on a letter to outside, 1.5 cm on an internal one and a
   * memo), top left, its top on the top margin.
   */
  static final float EMBLEM_HEIGHT = 1.5f * CM;

  static {
    synchronized (LayoutProcessor.class) {
      if (!LayoutProcessor.isEnabled()) {
        LayoutProcessor.setWriteActualText();
        LayoutProcessor.enableKernLiga();
      }
    }
  }

  private final Path fontFile;
  private final Path boldFontFile;

  public MemoRenderer(String fontFile, String boldFontFile) {
    this.fontFile = existing(fontFile, FONT_KEY);
    this.boldFontFile = boldFontFile == null || !Files.isRegularFile(Path.of(boldFontFile))
        ? this.fontFile : Path.of(boldFontFile);
  }

  private static Path existing(String file, String key) {
    if (file == null || file.isBlank() || !Files.isRegularFile(Path.of(file))) {
      throw new IllegalStateException("The Thai font for printed memos is missing: " + file + ". Install the Debian"
          + " package fonts-tlwg-laksaman, or set " + key + " to a TrueType Thai font (e.g. THSarabunNew.ttf).");
    }
    return Path.of(file);
  }

  /**
   * @param thaiDigits Thai digits except in form codes and record numbers ({@link DocumentDigits})
   */
  public byte[] render(Memo memo, boolean thaiDigits) {
    return render(memo, thaiDigits, null);
  }

  /**
   * @param thaiDigits Thai digits except in form codes and record numbers ({@link DocumentDigits})
   * @param emblemPng the office's emblem (ครุฑ), a PNG, printed {@link #EMBLEM_HEIGHT} high at the top
   *     left; null prints the memo without one
   */
  public byte[] render(Memo memo, boolean thaiDigits, byte[] emblemPng) {
    UnaryOperator<String> digits = DocumentDigits.of(thaiDigits);
    try {
      BaseFont regular = BaseFont.createFont(fontFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      BaseFont bold = BaseFont.createFont(boldFontFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      return new Layout(regular, bold, digits, emblemPng).write(memo);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the memo font " + fontFile, e);
    }
  }

  /** One rendering: the fonts and the document being written. */
  private static final class Layout {
    private final BaseFont regularBase;
    private final Font body;
    private final Font label;
    private final Font title;
    private final Font boldBody;
    private final UnaryOperator<String> digits;
    private final byte[] emblemPng;
    private Document doc;
    private PdfWriter writer;

    Layout(BaseFont regular, BaseFont bold, UnaryOperator<String> digits, byte[] emblemPng) {
      this.emblemPng = emblemPng;
      this.regularBase = regular;
      this.body = new Font(regular, BODY_SIZE);
      this.label = new Font(bold, LABEL_SIZE);
      this.title = new Font(bold, TITLE_SIZE);
      this.boldBody = new Font(bold, BODY_SIZE);
      this.digits = digits;
    }

    byte[] write(Memo memo) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc = new Document(PageSize.A4, 3f * CM, 2f * CM, 1.5f * CM, 2f * CM);
      try {
        writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(memo.subject());
        doc.addCreator("ICT intranet");
        doc.open();
        emblem(writer);
        Paragraph t = new Paragraph(new Chunk("บันทึกข้อความ", title));
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingAfter(4f);
        doc.add(t);
        field("ส่วนราชการ", memo.section());
        Paragraph numberAndDate = labelled("ที่", memo.number() == null ? "-" : memo.number());
        numberAndDate.add(new Chunk("          ", body));
        numberAndDate.add(new Chunk("วันที่", label));
        numberAndDate.add(new Chunk("  " + digits.apply(memo.date()), body));
        doc.add(numberAndDate);
        field("เรื่อง", memo.subject());
        rule(writer);
        Paragraph to = labelled("เรียน", memo.to());
        to.setSpacingBefore(10f);
        doc.add(to);
        List<String> paragraphs = memo.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
          paragraph(paragraphs.get(i), INDENT);
          if (i == 0) {
            for (String line : memo.listLines()) {
              paragraph(line, INDENT);
            }
          }
        }
        if (memo.closing() != null) {
          paragraph(memo.closing(), INDENT);
        }
        signature(memo.requester());
        for (Annex annex : memo.annexes()) {
          if (!annex.afterChain()) {
            annex(annex);
          }
        }
        for (Memo.ChainEntry entry : memo.chain()) {
          Paragraph h = new Paragraph(new Chunk(digits.apply(entry.heading()), boldBody));
          h.setSpacingBefore(10f);
          h.setKeepTogether(true);
          doc.add(h);
          if (entry.comment() != null) {
            paragraph(entry.comment(), INDENT);
          }
          signature(entry.signature());
          if (entry.basisNote() != null) {
            paragraph(entry.basisNote(), 0f);
          }
        }
        for (Annex annex : memo.annexes()) {
          if (annex.afterChain()) {
            annex(annex);
          }
        }
        if (memo.footer() != null) {
          Paragraph f = new Paragraph(new Chunk(digits.apply(memo.footer()), new Font(regularBase, 12f)));
          f.setSpacingBefore(12f);
          doc.add(f);
        }
        doc.close();
      } catch (DocumentException e) {
        throw new IllegalStateException("the memo could not be laid out", e);
      }
      return out.toByteArray();
    }

    /** The emblem at the top left, 1.5 cm high, its width in the image's proportion; nothing without one. */
    private void emblem(PdfWriter writer) throws DocumentException {
      if (emblemPng == null || emblemPng.length == 0) {
        return;
      }
      Image image;
      try {
        image = Image.getInstance(emblemPng);
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException("the office's emblem is not a readable PNG", e);
      }
      float width = EMBLEM_HEIGHT * image.getWidth() / image.getHeight();
      image.scaleAbsolute(width, EMBLEM_HEIGHT);
      image.setAbsolutePosition(doc.left(), doc.top() - EMBLEM_HEIGHT);
      writer.getDirectContent().addImage(image);
    }

    /** The line under เรื่อง that closes the memo's head. */
    private void rule(PdfWriter writer) {
      float y = writer.getVerticalPosition(false) - 4f;
      PdfContentByte cb = writer.getDirectContent();
      cb.setLineWidth(0.5f);
      cb.moveTo(doc.left(), y);
      cb.lineTo(doc.right(), y);
      cb.stroke();
    }

    private void field(String name, String value) throws DocumentException {
      doc.add(labelled(name, value));
    }

    private Paragraph labelled(String name, String value) {
      Paragraph p = new Paragraph(LABEL_SIZE * 1.2f, new Chunk(name, label));
      p.add(new Chunk("  " + digits.apply(value == null ? "" : value), body));
      return p;
    }

    /** A paragraph broken between Thai words, its first line indented. */
    private void paragraph(String text, float firstIndent) throws DocumentException {
      float width = doc.right() - doc.left();
      List<String> lines = ThaiLineBreaker.lines(digits.apply(text),
          s -> regularBase.getWidthPoint(s, BODY_SIZE), width - firstIndent, width);
      for (int i = 0; i < lines.size(); i++) {
        Paragraph p = new Paragraph(BODY_SIZE * 1.3f, new Chunk(lines.get(i), body));
        p.setIndentationLeft(i == 0 ? firstIndent : 0f);
        if (i == 0) {
          p.setSpacingBefore(2f);
        }
        doc.add(p);
      }
    }

    /**
     * An annex: on a landscape page of its own when it asks for one (a wide comparison table), else in
     * the flow; its tables with a shaded marked column, then the signatures side by side, then the
     * closing view and its one signature. Pages after a landscape annex are portrait again.
     */
    private void annex(Annex a) throws DocumentException {
      if (a.landscape()) {
        doc.setPageSize(PageSize.A4.rotate());
        doc.setMargins(2f * CM, 2f * CM, 1.5f * CM, 1.5f * CM);
        doc.newPage();
      }
      Paragraph t = new Paragraph(LABEL_SIZE * 1.2f, new Chunk(digits.apply(a.title()), label));
      t.setAlignment(Element.ALIGN_CENTER);
      t.setSpacingBefore(a.landscape() ? 0f : 12f);
      t.setSpacingAfter(4f);
      doc.add(t);
      for (String line : a.lines()) {
        paragraph(line, INDENT);
      }
      cellSize = a.landscape() ? 14f : 13f;
      for (Annex.Table table : a.tables()) {
        table(table);
      }
      for (String line : a.after()) {
        paragraph(line, INDENT);
      }
      signatureGrid(a.signatures());
      if (a.closing() != null) {
        Paragraph h = new Paragraph(new Chunk(digits.apply(a.closing().heading()), boldBody));
        h.setSpacingBefore(10f);
        doc.add(h);
        for (String line : a.closing().paragraphs()) {
          paragraph(line, INDENT);
        }
        signature(a.closing().signature());
      }
      if (a.landscape()) {
        doc.setPageSize(PageSize.A4);
        doc.setMargins(3f * CM, 2f * CM, 1.5f * CM, 2f * CM);
      }
    }

    /** Table text: 14 pt on a landscape page, 13 pt in a portrait memo's narrower measure. */
    private float cellSize = 14f;
    private static final java.awt.Color HEAD_FILL = new java.awt.Color(0xE6, 0xE6, 0xE6);
    private static final java.awt.Color MARK_FILL = new java.awt.Color(0xDD, 0xEE, 0xDD);

    private void table(Annex.Table table) throws DocumentException {
      if (table.caption() != null) {
        Paragraph c = new Paragraph(new Chunk(digits.apply(table.caption()), boldBody));
        c.setSpacingBefore(6f);
        doc.add(c);
      }
      float width = doc.right() - doc.left();
      float sum = 0;
      for (float f : table.widths()) {
        sum += f;
      }
      float[] abs = new float[table.widths().length];
      for (int i = 0; i < abs.length; i++) {
        abs[i] = width * table.widths()[i] / sum;
      }
      com.lowagie.text.pdf.PdfPTable t = new com.lowagie.text.pdf.PdfPTable(abs);
      t.setTotalWidth(width);
      t.setLockedWidth(true);
      t.setHeaderRows(1);
      t.setSpacingBefore(4f);
      t.setSpacingAfter(6f);
      for (int i = 0; i < table.headers().size(); i++) {
        t.addCell(cell(table.headers().get(i), true, abs[i], Element.ALIGN_CENTER,
            i == table.markedColumn() ? MARK_FILL : HEAD_FILL));
      }
      for (Annex.Row row : table.rows()) {
        for (int i = 0; i < row.cells().size(); i++) {
          t.addCell(cell(row.cells().get(i), row.emphasis(), abs[i], i < 2 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER,
              i == table.markedColumn() ? MARK_FILL : null));
        }
      }
      doc.add(t);
    }

    /** A table cell, its Thai text broken between words to the cell's width. */
    private com.lowagie.text.pdf.PdfPCell cell(String text, boolean bold, float width, int align, java.awt.Color fill) {
      float pad = 3f;
      BaseFont base = bold ? boldBody.getBaseFont() : regularBase;
      List<String> lines = new java.util.ArrayList<>();
      for (String part : digits.apply(text == null || text.isBlank() ? "-" : text).split("\n")) {
        lines.addAll(ThaiLineBreaker.lines(part, s -> base.getWidthPoint(s, cellSize), width - 2 * pad - 2f,
            width - 2 * pad - 2f));
      }
      com.lowagie.text.pdf.PdfPCell c = new com.lowagie.text.pdf.PdfPCell(
          new com.lowagie.text.Phrase(cellSize * 1.3f, String.join("\n", lines), new Font(base, cellSize)));
      c.setPadding(pad);
      c.setPaddingBottom(pad + 2f);
      c.setHorizontalAlignment(align);
      c.setVerticalAlignment(Element.ALIGN_TOP);
      c.setBorderWidth(0.5f);
      if (fill != null) {
        c.setBackgroundColor(fill);
      }
      return c;
    }

    /** Signatures side by side, three a row, each centred in its column (a committee signs together). */
    private void signatureGrid(List<Memo.Signature> signatures) throws DocumentException {
      if (signatures.isEmpty()) {
        return;
      }
      int columns = Math.min(3, signatures.size());
      com.lowagie.text.pdf.PdfPTable t = new com.lowagie.text.pdf.PdfPTable(columns);
      t.setWidthPercentage(100f);
      t.setSpacingBefore(10f);
      t.setKeepTogether(true);
      // Three signatures a row at 15 pt, so a position such as "นักวิเคราะห์นโยบายและแผนชำนาญการ" stays on one line.
      float size = columns == 3 ? 15f : BODY_SIZE;
      Font font = new Font(regularBase, size);
      float width = (doc.right() - doc.left()) / columns - 2f;
      for (Memo.Signature s : signatures) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("(ลงชื่อ) ..................................");
        lines.add("(" + s.name() + ")");
        if (s.position() != null) {
          lines.add(s.position());
        }
        if (s.actingLine() != null) {
          lines.add(s.actingLine());
        }
        if (s.caption() != null && !s.caption().isEmpty()) {
          lines.add(s.caption());
        }
        if (s.date() != null) {
          lines.add(s.date());
        }
        List<String> pieces = new java.util.ArrayList<>();
        for (String line : lines) {
          pieces.addAll(ThaiLineBreaker.lines(digits.apply(line), x -> regularBase.getWidthPoint(x, size), width, width));
        }
        com.lowagie.text.pdf.PdfPCell c = new com.lowagie.text.pdf.PdfPCell(
            new com.lowagie.text.Phrase(size * 1.25f, String.join("\n", pieces), font));
        c.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        c.setPaddingLeft(0f);
        c.setPaddingRight(0f);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setPaddingBottom(10f);
        t.addCell(c);
      }
      t.completeRow();
      doc.add(t);
    }

    /** A signature block, centred in the right part of the page as Thai memos have it. */
    private void signature(Memo.Signature s) throws DocumentException {
      if (s == null) {
        return;
      }
      List<String> lines = new java.util.ArrayList<>();
      lines.add("(ลงชื่อ) ......................................" + (s.caption().isEmpty() ? "" : " " + s.caption()));
      lines.add("(" + s.name() + ")");
      if (s.position() != null) {
        lines.add(s.position());
      }
      if (s.actingLine() != null) {
        lines.add(s.actingLine());
      }
      if (s.basisLine() != null) {
        lines.add(s.basisLine());
      }
      if (s.date() != null) {
        lines.add(s.date());
      }
      float width = doc.right() - doc.left() - SIGNATURE_INDENT;
      List<String> pieces = new java.util.ArrayList<>();
      for (String line : lines) {
        pieces.addAll(ThaiLineBreaker.lines(digits.apply(line), t -> regularBase.getWidthPoint(t, BODY_SIZE), width,
            width));
      }
      // A signature is never split over two pages: start a new page when the block does not fit.
      float needed = 16f + (pieces.size() + 1) * BODY_SIZE * 1.3f;
      if (writer.getVerticalPosition(true) - doc.bottom() < needed) {
        doc.newPage();
      }
      boolean first = true;
      for (String piece : pieces) {
        Paragraph p = new Paragraph(BODY_SIZE * 1.3f, new Chunk(piece, body));
        p.setIndentationLeft(SIGNATURE_INDENT);
        p.setAlignment(Element.ALIGN_CENTER);
        if (first) {
          p.setSpacingBefore(16f);
          first = false;
        }
        doc.add(p);
      }
    }
  }
}
