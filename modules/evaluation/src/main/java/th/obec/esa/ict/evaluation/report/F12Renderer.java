package th.obec.esa.ict.evaluation.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.platform.rating.Band;
import th.obec.esa.ict.evaluation.stats.ScoreStats;
import th.obec.esa.ict.platform.pdf.BarChart;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.platform.signature.SignatureBlock;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * Prints the F12 as a Thai official report on A4 (margins 3/2/1.5/2 cm, 16 pt body): the heading,
 * the evaluation, the period answered and the respondents per group; per section a table
 * ข้อ | รายการประเมิน | counts 5..1 | x̄ | S.D. | ระดับ with the section's total; a summary of the
 * sections and the overall total; a bar chart of the item means on the 0–5 scale; the
 * interpretation criteria; the open answers grouped; the reporter's signature block; and, as the
 * report is proposed to the director (สรุปผลการประเมิน เสนอ ผอ.), under the office's heading (the
 * group and the office) the space for the director's opinion and signature. Thai text in
 * table cells is pre-broken with {@link ThaiFonts#wrap}, since OpenPDF breaks only at spaces.
 */
public final class F12Renderer {

  private static final float CM = 72f / 2.54f;
  private static final float BODY = 16f;
  private static final float TABLE = 14f;
  private static final float[] COLUMNS = {24f, 149f, 26f, 26f, 26f, 26f, 26f, 46f, 38f, 66f};
  private static final float HEAD_SIZE = 12f;
  private static final float LEADING = 22f;
  private static final Color HEAD = new Color(0xe8, 0xee, 0xf6);

  private final ThaiFonts fonts;
  private final UnaryOperator<String> digits;
  private final String meanSymbol;

  /** @param thaiDigits print every digit as a Thai digit, as offices do on official documents */
  public F12Renderer(ThaiFonts fonts, boolean thaiDigits) {
    this.fonts = fonts;
    this.digits = ThaiFonts.digits(thaiDigits);
    // x̄ where the font has the combining macron; Laksaman has not
    this.meanSymbol = fonts.regular().charExists(0x0304) ? "x\u0304" : "ค่าเฉลี่ย";
  }

  /** @param reporterName printed under the signature line; null leaves a dotted line to write on */
  public byte[] render(F12Report report, String reporterName) {
    return render(report, new SignatureBlock(reporterName, null, null, null));
  }

  /**
   * @param reporter the signature block as the one place, {@link SignatureBlock}, words it; a blank
   *     name or position leaves a dotted line to write on
   */
  public byte[] render(F12Report report, SignatureBlock reporter) {
    return render(report, reporter, null);
  }

  /**
   * @param office the group and the office printed under the title, and the director's title under
   *     her block; null prints neither heading lines nor the director's title (the block stays)
   */
  public byte[] render(F12Report report, SignatureBlock reporter, OfficeHeading office) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 3f * CM, 2f * CM, 1.5f * CM, 2f * CM);
    try {
      PdfWriter writer = PdfWriter.getInstance(doc, out);
      EvaluationView ev = report.evaluation();
      doc.addTitle("F12 " + ev.title());
      doc.addCreator("ICT intranet");
      doc.open();
      float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
      header(doc, report, office);
      for (F12Report.SectionResult s : report.sections()) {
        roomFor(doc, writer, 130f);
        para(doc, "ด้านที่ " + s.number() + " " + s.title(), true, 10f);
        doc.add(sectionTable(s));
      }
      roomFor(doc, writer, 60f + 30f * report.sections().size());
      para(doc, "สรุปผลการประเมินรายด้าน", true, 10f);
      doc.add(summaryTable(report));
      chart(doc, writer, report, width);
      criteria(doc);
      openAnswers(doc, report);
      signature(doc, reporter);
      directorsOpinion(doc, writer, office);
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the F12 could not be printed", e);
    }
    return out.toByteArray();
  }

  /** A new page when less than this is left, so that a heading does not stay alone at the bottom. */
  private static void roomFor(Document doc, PdfWriter writer, float height) {
    if (writer.getVerticalPosition(true) - doc.bottomMargin() < height) {
      doc.newPage();
    }
  }

  /** The group and the office that report, as the office's documents head them. */
  public record OfficeHeading(String unitName, String officeName) {}

  private void header(Document doc, F12Report report, OfficeHeading office) throws DocumentException {
    EvaluationView ev = report.evaluation();
    Paragraph title = new Paragraph(new Chunk("แบบรายงานสรุปผลการประเมิน (F12)", fonts.boldFont(20f)));
    title.setAlignment(Element.ALIGN_CENTER);
    doc.add(title);
    float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
    for (String line : fonts.lines("ตาม" + ev.form().thai() + " (" + ev.form() + ")", BODY, width)) {
      Paragraph form = new Paragraph(LEADING, digits.apply(line), fonts.font(BODY));
      form.setAlignment(Element.ALIGN_CENTER);
      doc.add(form);
    }
    if (office != null) {
      for (String name : new String[] {office.unitName(), office.officeName()}) {
        if (name != null && !name.isBlank()) {
          for (String line : fonts.lines(name, BODY, width)) {
            Paragraph p = new Paragraph(LEADING, digits.apply(line), fonts.font(BODY));
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
          }
        }
      }
    }
    doc.add(new Paragraph(8f, " ", fonts.font(8f)));
    labelled(doc, "เรื่อง", ev.title());
    labelled(doc, "สิ่งที่ประเมิน", ev.subject());
    labelled(doc, "ปีงบประมาณ", "พ.ศ. " + ev.fiscalYear());
    String period = report.firstAnswerAt() == null ? "ยังไม่มีผู้ตอบ"
        : ThaiDates.formatLong(report.firstAnswerAt().atZoneSameInstant(OfficeTime.ZONE).toLocalDate(), ThaiDates.THAI) + " ถึง "
        + ThaiDates.formatLong(report.lastAnswerAt().atZoneSameInstant(OfficeTime.ZONE).toLocalDate(), ThaiDates.THAI);
    labelled(doc, "ช่วงเวลาที่ตอบ", period);
    labelled(doc, "ผู้ตอบแบบประเมิน", "จำนวน " + report.respondents() + " คน");
    for (F12Report.GroupCount g : report.byGroup()) {
      indented(doc, "- " + g.group().thai() + " " + g.count() + " คน (ร้อยละ " + g.percent() + ")");
    }
  }

  /** A bold label and its value; a long value goes on under itself, broken between Thai words. */
  private void labelled(Document doc, String label, String value) throws DocumentException {
    float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
    float labelWidth = fonts.bold().getWidthPoint(label + "  ", BODY);
    List<String> lines = fonts.lines(value == null ? "-" : value, BODY, width - labelWidth);
    for (int i = 0; i < lines.size(); i++) {
      Paragraph p = new Paragraph(LEADING);
      if (i == 0) {
        p.add(new Chunk(label + "  ", fonts.boldFont(BODY)));
      } else {
        p.setIndentationLeft(labelWidth);
      }
      p.add(new Chunk(digits.apply(lines.get(i)), fonts.font(BODY)));
      doc.add(p);
    }
  }

  private void para(Document doc, String text, boolean bold, float before) throws DocumentException {
    Paragraph p = new Paragraph(LEADING, digits.apply(text), bold ? fonts.boldFont(BODY) : fonts.font(BODY));
    p.setSpacingBefore(before);
    p.setSpacingAfter(4f);
    doc.add(p);
  }

  private PdfPTable newTable() throws DocumentException {
    PdfPTable t = new PdfPTable(COLUMNS.length);
    t.setWidthPercentage(100f);
    t.setWidths(COLUMNS);
    t.setHeaderRows(2);
    t.addCell(head("ข้อ", 1, 2));
    t.addCell(head("รายการประเมิน", 1, 2));
    t.addCell(head("จำนวนผู้ตอบตามระดับ", 5, 1));
    t.addCell(head(meanSymbol, 1, 2));
    t.addCell(head("S.D.", 1, 2));
    t.addCell(head("ระดับ", 1, 2));
    for (int score = 5; score >= 1; score--) {
      t.addCell(head(Integer.toString(score), 1, 1));
    }
    return t;
  }

  private PdfPTable sectionTable(F12Report.SectionResult s) throws DocumentException {
    PdfPTable t = newTable();
    for (F12Report.ItemResult i : s.items()) {
      t.addCell(cell(Integer.toString(i.number()), false, Element.ALIGN_CENTER, COLUMNS[0]));
      t.addCell(cell(i.text(), false, Element.ALIGN_LEFT, COLUMNS[1]));
      figures(t, i.stats(), false);
    }
    PdfPCell label = cell("รวม", true, Element.ALIGN_CENTER, COLUMNS[0] + COLUMNS[1]);
    label.setColspan(2);
    t.addCell(label);
    figures(t, s.total(), true);
    return t;
  }

  private PdfPTable summaryTable(F12Report report) throws DocumentException {
    PdfPTable t = newTable();
    for (F12Report.SectionResult s : report.sections()) {
      t.addCell(cell(Integer.toString(s.number()), false, Element.ALIGN_CENTER, COLUMNS[0]));
      t.addCell(cell(s.title(), false, Element.ALIGN_LEFT, COLUMNS[1]));
      figures(t, s.total(), false);
    }
    PdfPCell label = cell("รวมทุกด้าน", true, Element.ALIGN_CENTER, COLUMNS[0] + COLUMNS[1]);
    label.setColspan(2);
    t.addCell(label);
    figures(t, report.overall(), true);
    t.setKeepTogether(true);
    return t;
  }

  private void figures(PdfPTable t, ScoreStats s, boolean bold) {
    for (int score = 5; score >= 1; score--) {
      t.addCell(cell(Integer.toString(s.count(score)), bold, Element.ALIGN_CENTER, COLUMNS[2]));
    }
    t.addCell(cell(number(s.mean()), bold, Element.ALIGN_CENTER, COLUMNS[7]));
    t.addCell(cell(number(s.sd()), bold, Element.ALIGN_CENTER, COLUMNS[8]));
    t.addCell(cell(s.band() == null ? "-" : s.band().thai(), bold, Element.ALIGN_CENTER, COLUMNS[9]));
  }

  private static String number(BigDecimal v) {
    return v == null ? "-" : v.toPlainString();
  }

  private PdfPCell head(String text, int colspan, int rowspan) {
    PdfPCell c = cell(text, true, Element.ALIGN_CENTER, 60f * colspan, HEAD_SIZE);
    c.setColspan(colspan);
    c.setRowspan(rowspan);
    c.setBackgroundColor(HEAD);
    c.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return c;
  }

  private PdfPCell cell(String text, boolean bold, int align, float width) {
    return cell(text, bold, align, width, TABLE);
  }

  private PdfPCell cell(String text, boolean bold, int align, float width, float size) {
    float padding = align == Element.ALIGN_CENTER ? 1f : 3f;
    String t = digits.apply(fonts.wrap(text, bold, size, Math.max(10f, width - 2 * padding - 1f)));
    Font f = bold ? fonts.boldFont(size) : fonts.font(size);
    PdfPCell c = new PdfPCell(new Paragraph(t, f));
    c.setLeading(0f, 1.3f);
    c.setHorizontalAlignment(align);
    c.setPaddingLeft(padding);
    c.setPaddingRight(padding);
    c.setPaddingBottom(5f);
    c.setBorderWidth(0.5f);
    return c;
  }

  private void chart(Document doc, PdfWriter writer, F12Report report, float width) throws DocumentException {
    List<BarChart.Bar> bars = new ArrayList<>();
    for (F12Report.SectionResult s : report.sections()) {
      for (F12Report.ItemResult i : s.items()) {
        bars.add(new BarChart.Bar(i.number() + ". " + i.text(),
            i.stats().mean() == null ? 0 : i.stats().mean().doubleValue()));
      }
    }
    para(doc, "แผนภูมิค่าเฉลี่ยรายข้อ (มาตราส่วน 0 – 5)", true, 12f);
    Image chart = BarChart.draw(writer, fonts, bars, 5, 5, 2, width, digits);
    chart.setAlignment(Element.ALIGN_CENTER);
    doc.add(chart);
  }

  private void criteria(Document doc) throws DocumentException {
    para(doc, "เกณฑ์การแปลผลค่าเฉลี่ย", true, 12f);
    for (Band b : Band.values()) {
      indented(doc, "ค่าเฉลี่ย " + b.from() + " – " + b.to() + "  หมายถึง  " + b.thai());
    }
  }

  private void openAnswers(Document doc, F12Report report) throws DocumentException {
    if (report.openQuestions().isEmpty()) {
      return;
    }
    para(doc, "ข้อเสนอแนะ / ความคิดเห็นเพิ่มเติม", true, 12f);
    for (F12Report.OpenQuestionResult q : report.openQuestions()) {
      Paragraph h = new Paragraph(LEADING, digits.apply(q.number() + ". " + q.text() + " (ตอบ " + q.answered()
          + " คน)"), fonts.boldFont(BODY));
      h.setIndentationLeft(0.5f * CM);
      doc.add(h);
      if (q.answers().isEmpty()) {
        indented(doc, "- ไม่มีผู้ให้ความคิดเห็น");
      }
      for (F12Report.GroupedAnswer a : q.answers()) {
        indented(doc, "- " + a.text() + (a.count() > 1 ? " (" + a.count() + " คน)" : ""));
      }
    }
  }

  private void indented(Document doc, String text) throws DocumentException {
    float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin() - 1.5f * CM;
    for (String line : fonts.lines(text, BODY, width)) {
      Paragraph p = new Paragraph(LEADING, digits.apply(line), fonts.font(BODY));
      p.setIndentationLeft(1.5f * CM);
      doc.add(p);
    }
  }

  private void signature(Document doc, SignatureBlock reporter) throws DocumentException {
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(60f);
    t.setHorizontalAlignment(Element.ALIGN_RIGHT);
    t.setSpacingBefore(28f);
    t.setKeepTogether(true);
    List<String> lines = new ArrayList<>();
    lines.add("ลงชื่อ ................................... ผู้รายงาน");
    boolean named = reporter != null && reporter.name() != null && !reporter.name().isBlank();
    if (named) {
      lines.addAll(reporter.lines());
    } else {
      lines.add("(...................................)");
    }
    if (!named || reporter.position() == null) {
      lines.add(2, "ตำแหน่ง ..................................."); // right under the name, to write on
    }
    lines.add("วันที่ ........ / ........ / ........");
    for (String line : lines) {
      PdfPCell c = new PdfPCell(new Paragraph(digits.apply(line), fonts.font(BODY)));
      c.setBorder(Rectangle.NO_BORDER);
      c.setHorizontalAlignment(Element.ALIGN_CENTER);
      t.addCell(c);
    }
    doc.add(t);
  }

  /**
   * The director's part of the report: her opinion or order on dotted lines and her signature, the
   * name left to write (whoever signs, the director or the one acting for her) and her title.
   */
  private void directorsOpinion(Document doc, PdfWriter writer, OfficeHeading office) throws DocumentException {
    roomFor(doc, writer, 4 * LEADING + 5 * LEADING + 40f);
    para(doc, "ความเห็น / ข้อสั่งการของผู้อำนวยการ", true, 24f);
    float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
    float dot = fonts.regular().getWidthPoint(".", BODY);
    String dots = ".".repeat(Math.max(10, (int) (width / dot) - 2));
    for (int i = 0; i < 3; i++) {
      doc.add(new Paragraph(LEADING * 1.2f, dots, fonts.font(BODY)));
    }
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(60f);
    t.setHorizontalAlignment(Element.ALIGN_RIGHT);
    t.setSpacingBefore(20f);
    t.setKeepTogether(true);
    List<String> lines = new ArrayList<>();
    lines.add("ลงชื่อ ...................................");
    lines.add("(...................................)");
    lines.add(office == null || office.officeName() == null || office.officeName().isBlank()
        ? "ผู้อำนวยการ ..................................." : "ผู้อำนวยการ" + office.officeName());
    lines.add("วันที่ ........ / ........ / ........");
    for (String line : lines) {
      for (String piece : fonts.lines(line, BODY, width * 0.6f - 8f)) {
        PdfPCell c = new PdfPCell(new Paragraph(digits.apply(piece), fonts.font(BODY)));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        t.addCell(c);
      }
    }
    doc.add(t);
  }
}
