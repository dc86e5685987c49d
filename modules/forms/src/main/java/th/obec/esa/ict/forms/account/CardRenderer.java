package th.obec.esa.ict.forms.account;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * Lays an F09 card out on one page of the ID-1 size (85.6 × 54 mm) with the memo's Thai font
 * and shaping (see {@code document.MemoRenderer}), and a QR code drawn as vector squares so it
 * stays sharp at any printer resolution.
 */
public final class CardRenderer {

  private static final float MM = 72f / 25.4f;
  private static final Rectangle CARD = new Rectangle(85.6f * MM, 54f * MM);

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

  public CardRenderer(String fontFile, String boldFontFile) {
    if (fontFile == null || !Files.isRegularFile(Path.of(fontFile))) {
      throw new IllegalStateException("The Thai font for printed cards is missing: " + fontFile + ". Install the"
          + " Debian package fonts-tlwg-laksaman, or set ict.pdf.font to a TrueType Thai font.");
    }
    this.fontFile = Path.of(fontFile);
    this.boldFontFile = boldFontFile == null || !Files.isRegularFile(Path.of(boldFontFile)) ? this.fontFile
        : Path.of(boldFontFile);
  }

  public byte[] render(IdCard card) {
    try {
      BaseFont regular = BaseFont.createFont(fontFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      BaseFont bold = BaseFont.createFont(boldFontFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      return write(card, regular, bold);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the card font " + fontFile, e);
    }
  }

  private static byte[] write(IdCard card, BaseFont regular, BaseFont bold) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(CARD, 3f * MM, 3f * MM, 2.5f * MM, 2f * MM);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      doc.addTitle("บัตรประจำตัวผู้ใช้งานในระบบ " + card.uid());
      doc.addCreator("ICT intranet");
      doc.open();
      Font small = new Font(regular, 7f);
      Font heading = new Font(bold, 9f);
      Font name = new Font(bold, 11f);
      Font body = new Font(regular, 8.5f);
      Paragraph office = new Paragraph(new Chunk(card.officeName(), small));
      office.setAlignment(Element.ALIGN_CENTER);
      doc.add(office);
      Paragraph title = new Paragraph(new Chunk("บัตรประจำตัวผู้ใช้งานในระบบ", heading));
      title.setAlignment(Element.ALIGN_CENTER);
      title.setSpacingAfter(2f);
      doc.add(title);

      PdfPTable table = new PdfPTable(new float[] {62f, 38f});
      table.setWidthPercentage(100f);
      PdfPCell text = new PdfPCell();
      text.setBorder(Rectangle.NO_BORDER);
      text.setPadding(0f);
      text.addElement(line(card.thaiName(), name));
      if (card.englishName() != null && !card.englishName().isBlank()) {
        text.addElement(line(card.englishName(), body));
      }
      if (card.position() != null && !card.position().isBlank()) {
        text.addElement(line("ตำแหน่ง " + card.position(), body));
      }
      text.addElement(line(card.unitName(), body));
      text.addElement(line("ชื่อผู้ใช้ (User ID): " + card.uid(), new Font(bold, 8.5f)));
      text.addElement(line("ใช้ได้ถึง " + ThaiDates.formatLong(card.validUntil(), ThaiDates.THAI), body));

      table.addCell(text);
      // the QR code, and under it in small print the card's serial and who issued it
      PdfPCell qr = new PdfPCell();
      qr.setBorder(Rectangle.NO_BORDER);
      qr.setPadding(0f);
      Image code = qrImage(writer, card.verifyUrl(), 24f * MM);
      code.setAlignment(Element.ALIGN_CENTER);
      qr.addElement(code);
      Font tiny = new Font(regular, 6f);
      if (card.serial() != null) {
        Paragraph serial = line("เลขที่ " + card.serial(), tiny);
        serial.setAlignment(Element.ALIGN_CENTER);
        qr.addElement(serial);
      }
      if (card.issuer() != null && !card.issuer().isBlank()) {
        Paragraph issuer = line("ผู้ออกบัตร " + card.issuer(), tiny);
        issuer.setAlignment(Element.ALIGN_CENTER);
        qr.addElement(issuer);
      }
      table.addCell(qr);
      doc.add(table);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the card could not be laid out", e);
    }
    return out.toByteArray();
  }

  private static Paragraph line(String text, Font font) {
    Paragraph p = new Paragraph(new Chunk(text, font));
    p.setLeading(font.getSize() * 1.25f);
    return p;
  }

  /** The QR code of the verification address, as vector squares in an image template. */
  static Image qrImage(PdfWriter writer, String url, float size) {
    BitMatrix m = qr(url);
    PdfContentByte cb = writer.getDirectContent();
    com.lowagie.text.pdf.PdfTemplate t = cb.createTemplate(size, size);
    float cell = size / m.getWidth();
    t.setColorFill(Color.BLACK);
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        if (m.get(x, y)) {
          t.rectangle(x * cell, size - (y + 1) * cell, cell, cell);
        }
      }
    }
    t.fill();
    try {
      return Image.getInstance(t);
    } catch (com.lowagie.text.BadElementException e) {
      throw new IllegalStateException("the QR code could not be placed", e);
    }
  }

  static BitMatrix qr(String url) {
    try {
      return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
    } catch (WriterException e) {
      throw new IllegalArgumentException("the address does not fit in a QR code: " + url, e);
    }
  }
}
