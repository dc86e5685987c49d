package th.obec.esa.ict.reports.year;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import th.obec.esa.ict.platform.pdf.BarChart;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.reports.port.AccountFigures;
import th.obec.esa.ict.reports.port.EvaluationLine;
import th.obec.esa.ict.reports.port.LoanFigures;
import th.obec.esa.ict.reports.port.RecordLine;
import th.obec.esa.ict.reports.port.RepairFigures;
import th.obec.esa.ict.reports.port.ReportOffice;
import th.obec.esa.ict.reports.port.RequestLine;

/**
 * Prints a {@link YearReport} as the F21 an office submits: A4 portrait, margins 3/2/1.5/2 cm as on
 * Thai official documents, 16 pt body and 14 pt tables, each section with its generated paragraph,
 * its table and (requests, evaluations) a bar chart; "ไม่มีข้อมูลในปีงบประมาณนี้" for a section
 * without data, so a reader sees it was looked at. Digits are Thai by default (form codes such as
 * F03 stay as they are, in the charts too).
 */
public final class YearReportPdf {

  /** Printed where a section has no data. */
  public static final String NO_DATA = "ไม่มีข้อมูลในปีงบประมาณนี้";
  /** The title of the form. */
  public static final String TITLE = "แบบรายงานสรุปผลการดำเนินงานในรอบปี";

  private static final float CM = 72f / 2.54f;
  private static final float BODY = 16f;
  private static final float SMALL = 14f;
  private static final float INDENT = 2.5f * CM;
  private static final float SIGNATURE_INDENT = 6f * CM;
  private static final float HEAD_SIZE = 12f;
  private static final Color HEAD_FILL = new Color(0xe8, 0xee, 0xf6);
  private static final Color TOTAL_FILL = new Color(0xf3, 0xf3, 0xf3);
  private static final String DATE_LINE = "วันที่ ...... เดือน ................ พ.ศ. ......";
  private static final String DOTS = "..........................................................................."
      + "....................................";

  private final ThaiFonts fonts;
  private final UnaryOperator<String> digits;
  private Document doc;
  private PdfWriter writer;

  /**
   * @param fonts the document's fonts (one per document)
   * @param thaiDigits print figures and dates with Thai digits
   */
  public YearReportPdf(ThaiFonts fonts, boolean thaiDigits) {
    this.fonts = fonts;
    this.digits = ThaiFonts.digits(thaiDigits);
  }

  /**
   * @param problems the officer's text for ปัญหา/อุปสรรค, or null/blank for lines to write by hand
   * @param suggestions the same for ข้อเสนอแนะ
   */
  public byte[] render(YearReport r, String problems, String suggestions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc = new Document(PageSize.A4, 3f * CM, 2f * CM, 1.5f * CM, 2f * CM);
    try {
      writer = PdfWriter.getInstance(doc, out);
      writer.setPageEvent(new PageNumbers());
      doc.addTitle(TITLE + " ปีงบประมาณ " + r.buddhistYear());
      doc.addCreator("ICT intranet");
      doc.open();
      head(r);
      requests(r);
      services(r);
      accounts(r);
      evaluations(r);
      returns(r);
      records(r);
      typed("7. ปัญหา/อุปสรรค", problems);
      typed("8. ข้อเสนอแนะ", suggestions);
      signatures(r.office());
      doc.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("the F21 could not be laid out", e);
    }
    return out.toByteArray();
  }

  private float width() {
    return doc.right() - doc.left();
  }

  private void head(YearReport r) throws DocumentException {
    ReportOffice o = r.office();
    centred(TITLE + " (F21)", fonts.boldFont(20f), 0f, false);
    centred(o.ictUnitNameTh(), fonts.boldFont(BODY), 0f, true);
    centred(o.officeNameTh(), fonts.boldFont(BODY), 0f, true);
    centred("ปีงบประมาณ พ.ศ. " + r.buddhistYear() + " (" + ThaiDates.formatLong(r.firstDay(), ThaiDates.THAI)
        + " – " + ThaiDates.formatLong(r.lastDay(), ThaiDates.THAI) + ")", fonts.font(BODY), 0f, true);
    centred("จัดทำเมื่อวันที่ " + ThaiDates.formatLong(r.producedOn(), ThaiDates.THAI), fonts.font(BODY), 0f, true);
    rule();
  }

  private void requests(YearReport r) throws DocumentException {
    section("1. ผลการดำเนินงานตามคำขอรับบริการ");
    RequestSection s = r.requests();
    if (s.empty()) {
      noData();
      return;
    }
    paragraph(r.narratives().requests(), INDENT);
    float[] w = {30f, 0f, 36f, 40f, 38f, 36f, 36f, 60f, 38f};
    List<Cell[]> rows = new ArrayList<>();
    for (RequestLine l : s.lines()) {
      rows.add(requestRow(l.formCode(), l.formNameTh(), l, false));
    }
    rows.add(requestRow("", "รวม", s.total(), true));
    table(null, w, new String[] {"แบบ", "ประเภทคำขอ", "ได้รับ", "อนุมัติ", "ไม่\nอนุมัติ", "คืน/\nถอน",
        "แล้ว\nเสร็จ", "ระหว่าง\nดำเนินการ", "เฉลี่ย\n(วัน)"}, rows);
    List<BarChart.Bar> bars = new ArrayList<>();
    for (RequestLine l : s.lines()) {
      bars.add(new BarChart.Bar(l.formNameTh(), l.received()));
    }
    int max = s.lines().stream().mapToInt(RequestLine::received).max().orElse(1);
    chart("แผนภูมิ 1 จำนวนคำขอที่ได้รับ จำแนกตามประเภท", bars, niceMax(max), 5, 0);
  }

  private Cell[] requestRow(String code, String name, RequestLine l, boolean total) {
    return new Cell[] {Cell.code(code, total), Cell.text(name, total), Cell.num(Numbers.count(l.received()), total),
        Cell.num(Numbers.count(l.approved()), total), Cell.num(Numbers.count(l.rejected()), total),
        Cell.num(Numbers.count(l.returned()), total), Cell.num(Numbers.count(l.completed()), total),
        Cell.num(Numbers.count(l.inProgress()), total), Cell.num(Numbers.days(l.meanDaysToClose()), total)};
  }

  /** A scale end that divides into 5 whole steps: 15 for 12, 10 for 7, 5 for 3. */
  static int niceMax(int max) {
    int m = Math.max(max, 1);
    return ((m + 4) / 5) * 5;
  }

  private void services(YearReport r) throws DocumentException {
    section("2. งานซ่อมบำรุงและการยืมวัสดุอุปกรณ์");
    ServiceSection s = r.services();
    if (s.empty()) {
      noData();
      return;
    }
    paragraph(r.narratives().services(), INDENT);
    RepairFigures rp = s.repairs();
    LoanFigures l = s.loans();
    List<Cell[]> rows = new ArrayList<>();
    rows.add(pair("การแจ้งซ่อมวัสดุอุปกรณ์ (F03) ที่ได้รับ", Numbers.count(rp.received()), "เรื่อง"));
    rows.add(pair("ซ่อมแล้วเสร็จ", Numbers.count(rp.completed()) + percentNote(s.repairsCompletedPercent()),
        "เรื่อง"));
    rows.add(pair("ระยะเวลาซ่อมเฉลี่ย", Numbers.days(rp.meanDaysToComplete()), "วัน"));
    rows.add(pair("ค่าวัสดุอะไหล่", Numbers.baht(rp.partsCost()), "บาท"));
    rows.add(pair("การยืมวัสดุอุปกรณ์ (F04)", Numbers.count(l.loans()), "ครั้ง"));
    rows.add(pair("ส่งคืนแล้ว", Numbers.count(l.returned()) + percentNote(s.loansReturnedPercent()), "ครั้ง"));
    rows.add(pair("ส่งคืนล่าช้า", Numbers.count(l.returnedLate()) + percentNote(s.loansLatePercent()), "ครั้ง"));
    rows.add(pair("ค้างส่งคืนเกินกำหนด ณ วันที่จัดทำรายงาน", Numbers.count(l.overdueNow()), "รายการ"));
    table(null, new float[] {0f, 140f, 60f}, new String[] {"รายการ", "จำนวน", "หน่วย"}, rows);
  }

  private static String percentNote(java.math.BigDecimal p) {
    return p == null ? "" : " (ร้อยละ " + Numbers.decimal(p) + ")";
  }

  private static Cell[] pair(String label, String value, String unit) {
    return new Cell[] {Cell.text(label, false), Cell.num(value, false), Cell.centre(unit)};
  }

  private void accounts(YearReport r) throws DocumentException {
    section("3. บัญชีผู้ใช้งานและสิทธิ์การเข้าถึงระบบข้อมูลสารสนเทศ");
    AccountSection s = r.accounts();
    if (s.empty()) {
      noData();
      return;
    }
    paragraph(r.narratives().accounts(), INDENT);
    AccountFigures a = s.figures();
    List<Cell[]> rows = new ArrayList<>();
    rows.add(pair("คำขอมีบัตรประจำตัวในการใช้งาน (F08)", Numbers.count(a.accountRequests()), "เรื่อง"));
    rows.add(pair("ออกบัญชีผู้ใช้งานและบัตรประจำตัว (F09)", Numbers.count(a.accountsIssued())
        + percentNote(s.issuedPercent()), "บัญชี"));
    rows.add(pair("คำร้องขอเข้าถึงระบบข้อมูลสารสนเทศ (F14)", Numbers.count(a.accessRequests()), "เรื่อง"));
    rows.add(pair("ให้สิทธิ์การเข้าถึง", Numbers.count(a.accessGranted()) + percentNote(s.grantedPercent()),
        "รายการ"));
    rows.add(pair("ยุติสิทธิ์การเข้าถึง", Numbers.count(a.accessEnded()), "รายการ"));
    table(null, new float[] {0f, 140f, 60f}, new String[] {"รายการ", "จำนวน", "หน่วย"}, rows);
  }

  private void evaluations(YearReport r) throws DocumentException {
    section("4. ผลการติดตามและประเมินผล");
    EvaluationSection s = r.evaluations();
    if (s.empty()) {
      noData();
      return;
    }
    paragraph(r.narratives().evaluations(), INDENT);
    List<Cell[]> rows = new ArrayList<>();
    List<BarChart.Bar> bars = new ArrayList<>();
    for (EvaluationRow row : s.rows()) {
      EvaluationLine l = row.line();
      rows.add(new Cell[] {Cell.code(l.formCode(), false), Cell.text(l.title()
          + (l.state() == null ? "" : " (" + l.state() + ")"), false), Cell.num(Numbers.count(l.respondents()), false),
          Cell.num(Numbers.decimal(l.mean()), false), Cell.num(Numbers.decimal(l.sd()), false),
          Cell.centre(row.bandTh() == null ? "-" : row.bandTh())});
      if (l.mean() != null) {
        bars.add(new BarChart.Bar(l.title(), l.mean().doubleValue()));
      }
    }
    table(null, new float[] {30f, 0f, 44f, 46f, 40f, 62f},
        new String[] {"แบบ", "เรื่องที่ประเมิน", "ผู้ตอบ (คน)", "ค่าเฉลี่ย", "S.D.", "ระดับ"}, rows);
    if (!bars.isEmpty()) {
      chart("แผนภูมิ 2 ค่าเฉลี่ยผลการประเมิน (มาตรประมาณค่า 5 ระดับ)", bars, 5, 5, 2);
    }
  }

  private void returns(YearReport r) throws DocumentException {
    section("5. การจัดเก็บข้อมูลตามโปรแกรมฐานข้อมูลกลาง (F01)");
    ReturnSection s = r.returns();
    if (s.empty()) {
      noData();
      return;
    }
    paragraph(r.narratives().returns(), INDENT);
    List<Cell[]> rows = new ArrayList<>();
    for (ReturnRow row : s.rows()) {
      rows.add(returnRow(row, false));
    }
    rows.add(returnRow(s.total(), true));
    table(null, new float[] {0f, 30f, 40f, 40f, 36f, 44f, 36f, 48f},
        new String[] {"ระบบ", "รอบ", "ต้องส่ง", "ตรงเวลา", "ล่าช้า", "ค้างเกิน\nกำหนด", "รอส่ง", "ร้อยละ\nที่ส่งแล้ว"},
        rows);
  }

  private static Cell[] returnRow(ReturnRow row, boolean total) {
    String name = row.system() == null ? row.systemNameTh() : row.system() + " " + row.systemNameTh();
    return new Cell[] {Cell.text(name, total), Cell.num(Numbers.count(row.rounds()), total),
        Cell.num(Numbers.count(row.expected()), total), Cell.num(Numbers.count(row.onTime()), total),
        Cell.num(Numbers.count(row.late()), total), Cell.num(Numbers.count(row.overdue()), total),
        Cell.num(Numbers.count(row.waiting()), total), Cell.num(Numbers.decimal(row.percentComplete()), total)};
  }

  private void records(YearReport r) throws DocumentException {
    section("6. การศึกษาวิเคราะห์และการพัฒนา ปรับปรุง และประยุกต์ใช้ ICT");
    RecordSection s = r.records();
    if (s.empty()) {
      noData();
      return;
    }
    paragraph(r.narratives().records(), INDENT);
    recordTable("6.1 การศึกษาวิเคราะห์ระบบข้อมูลสารสนเทศ (F13/F15)", s.studies());
    recordTable("6.2 การพัฒนา ปรับปรุง และประยุกต์ใช้ ICT (F16/F17)", s.improvements());
  }

  private void recordTable(String title, List<RecordLine> lines) throws DocumentException {
    if (lines.isEmpty()) {
      caption(title);
      noData();
      return;
    }
    List<Cell[]> rows = new ArrayList<>();
    for (RecordLine l : lines) {
      rows.add(new Cell[] {Cell.text(l.number() == null ? "-" : l.number(), false), Cell.text(l.title(), false),
          Cell.centre(l.date() == null ? "-" : ThaiDates.formatShort(l.date(), ThaiDates.THAI)),
          Cell.text(l.stateTh(), false), Cell.centre(l.reportIssued() ? "ออกแล้ว" : "-")});
    }
    table(title, new float[] {80f, 0f, 62f, 76f, 52f}, new String[] {"เลขที่", "เรื่อง", "วันที่", "สถานะ", "รายงานผล"},
        rows);
  }

  private void typed(String title, String text) throws DocumentException {
    section(title);
    if (text == null || text.isBlank()) {
      for (int i = 0; i < 3; i++) {
        dots(0f);
      }
      return;
    }
    for (String p : text.strip().split("\\R")) {
      if (!p.isBlank()) {
        paragraph(p.strip(), INDENT);
      }
    }
  }

  private void signatures(ReportOffice o) throws DocumentException {
    // the one wording of signatures: own position, then the acting role as the order prints it
    List<String> reporter = new java.util.ArrayList<>();
    reporter.add("(ลงชื่อ) ................................ ผู้รายงาน");
    reporter.addAll(th.obec.esa.ict.platform.signature.SignatureBlock.of(String.valueOf(o.ictHeadName()),
        o.ictHeadPosition(), o.ictHeadActingRole(), th.obec.esa.ict.platform.signature.SignatureBlock.Kind.OWN, null,
        null).lines());
    reporter.add(DATE_LINE);
    signature(null, reporter, 24f);
    List<String> director = java.util.Arrays.asList("(ลงชื่อ) ................................",
        "(................................)", o.directorTitle(), DATE_LINE);
    signature("ความเห็นของ" + o.directorTitle(), director, 16f);
  }

  /**
   * A signature block, centred in the right part of the page as Thai documents have it, kept on
   * one page; with a heading, two lines for the comment come first.
   */
  private void signature(String heading, List<String> lines, float before) throws DocumentException {
    float w = width() - SIGNATURE_INDENT;
    List<Paragraph> block = new ArrayList<>();
    if (heading != null) {
      for (String piece : fonts.wrap(digits.apply(heading), true, BODY, width()).split("\n")) {
        block.add(new Paragraph(BODY * 1.3f, new Chunk(piece, fonts.boldFont(BODY))));
      }
      block.add(new Paragraph(BODY * 1.6f, new Chunk(fit(DOTS, width()), fonts.font(BODY))));
      block.add(new Paragraph(BODY * 1.6f, new Chunk(fit(DOTS, width()), fonts.font(BODY))));
      block.add(new Paragraph(BODY, " ", fonts.font(BODY)));
    }
    for (String line : lines) {
      if (line == null) {
        continue;
      }
      for (String piece : fonts.lines(digits.apply(line), BODY, w)) {
        Paragraph p = new Paragraph(BODY * 1.3f, new Chunk(piece, fonts.font(BODY)));
        p.setIndentationLeft(SIGNATURE_INDENT);
        p.setAlignment(Element.ALIGN_CENTER);
        block.add(p);
      }
    }
    // kept together so that a signature never starts at the foot of one page and ends on the next
    PdfPTable keep = new PdfPTable(1);
    keep.setWidthPercentage(100f);
    keep.setKeepTogether(true);
    keep.setSpacingBefore(before);
    PdfPCell cell = new PdfPCell();
    cell.setBorder(0);
    cell.setPadding(0f);
    for (Paragraph p : block) {
      cell.addElement(p);
    }
    keep.addCell(cell);
    doc.add(keep);
  }

  // ---- building blocks ----

  private void centred(String text, Font font, float before, boolean convert) throws DocumentException {
    if (text == null || text.isBlank()) {
      return;
    }
    String t = convert ? digits.apply(text) : text;
    for (String line : fonts.lines(t, font.getSize(), width())) {
      Paragraph p = new Paragraph(font.getSize() * 1.3f, new Chunk(line, font));
      p.setAlignment(Element.ALIGN_CENTER);
      p.setSpacingBefore(before);
      doc.add(p);
    }
  }

  private void rule() {
    float y = writer.getVerticalPosition(false) - 6f;
    PdfContentByte cb = writer.getDirectContent();
    cb.setLineWidth(0.5f);
    cb.moveTo(doc.left(), y);
    cb.lineTo(doc.right(), y);
    cb.stroke();
    doc.add(new Paragraph(12f, " ", fonts.font(8f)));
  }

  private void section(String title) throws DocumentException {
    Paragraph p = new Paragraph(BODY * 1.3f, fonts.wrap(digits.apply(title), true, BODY, width()),
        fonts.boldFont(BODY));
    p.setSpacingBefore(10f);
    p.setKeepTogether(true);
    doc.add(p);
  }

  private void caption(String title) throws DocumentException {
    Paragraph p = new Paragraph(BODY * 1.3f, new Chunk(digits.apply(title), fonts.boldFont(SMALL)));
    p.setSpacingBefore(6f);
    doc.add(p);
  }

  private void noData() throws DocumentException {
    Paragraph p = new Paragraph(BODY * 1.3f, new Chunk(NO_DATA, fonts.font(BODY)));
    p.setIndentationLeft(INDENT);
    doc.add(p);
  }

  private void dots(float indent) throws DocumentException {
    Paragraph p = new Paragraph(BODY * 1.5f, new Chunk(fit(DOTS, width() - indent), fonts.font(BODY)));
    p.setIndentationLeft(indent);
    doc.add(p);
  }

  private String fit(String dots, float w) {
    String d = dots;
    while (d.length() > 1 && fonts.regular().getWidthPoint(d, BODY) > w) {
      d = d.substring(1);
    }
    return d;
  }

  /** A paragraph broken between Thai words, its first line indented. */
  private void paragraph(String text, float firstIndent) throws DocumentException {
    if (text == null) {
      return;
    }
    float w = width();
    List<String> lines = th.obec.esa.ict.platform.pdf.ThaiLineBreaker.lines(digits.apply(text),
        s -> fonts.regular().getWidthPoint(s, BODY), w - firstIndent, w);
    for (int i = 0; i < lines.size(); i++) {
      Paragraph p = new Paragraph(BODY * 1.3f, new Chunk(lines.get(i), fonts.font(BODY)));
      p.setIndentationLeft(i == 0 ? firstIndent : 0f);
      if (i == 0) {
        p.setSpacingBefore(2f);
      }
      doc.add(p);
    }
  }

  /**
   * A table; a width of 0 takes what the others leave. Each text is broken to its cell, as
   * OpenPDF breaks only at spaces.
   */
  private void table(String caption, float[] widths, String[] header, List<Cell[]> rows)
      throws DocumentException {
    float[] w = widths.clone();
    float fixed = 0f;
    int flex = 0;
    for (float f : w) {
      fixed += f;
      flex += f == 0f ? 1 : 0;
    }
    for (int i = 0; i < w.length; i++) {
      if (w[i] == 0f) {
        w[i] = (width() - fixed) / flex;
      }
    }
    PdfPTable t = new PdfPTable(w.length);
    t.setTotalWidth(w);
    t.setLockedWidth(true);
    t.setHeaderRows(caption == null ? 1 : 2);
    t.setSpacingBefore(6f);
    t.setSpacingAfter(4f);
    // a short table moves whole to the next page rather than leave its head behind
    t.setKeepTogether(rows.size() <= 12);
    if (caption != null) {
      PdfPCell c = new PdfPCell(new Phrase(BODY * 1.3f, digits.apply(caption), fonts.boldFont(SMALL)));
      c.setColspan(w.length);
      c.setBorder(0);
      c.setPaddingLeft(0f);
      c.setPaddingBottom(4f);
      t.addCell(c);
    }
    for (int i = 0; i < header.length; i++) {
      PdfPCell c = cell(header[i], true, Element.ALIGN_CENTER, w[i], true, HEAD_SIZE);
      c.setBackgroundColor(HEAD_FILL);
      c.setVerticalAlignment(Element.ALIGN_MIDDLE);
      t.addCell(c);
    }
    for (Cell[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        Cell c = row[i];
        PdfPCell pc = cell(c.text(), c.bold(), c.align(), w[i], c.convert(), SMALL);
        if (c.bold()) {
          pc.setBackgroundColor(TOTAL_FILL);
        }
        t.addCell(pc);
      }
    }
    doc.add(t);
  }

  private PdfPCell cell(String text, boolean bold, int align, float w, boolean convert, float size) {
    String t = convert ? digits.apply(text) : text;
    String wrapped = fonts.wrap(t, bold, size, w - 6f);
    Phrase phrase = new Phrase(size * 1.3f, wrapped, bold ? fonts.boldFont(size) : fonts.font(size));
    PdfPCell c = new PdfPCell(phrase);
    c.setHorizontalAlignment(align);
    c.setPaddingLeft(3f);
    c.setPaddingRight(3f);
    c.setPaddingTop(1f);
    c.setPaddingBottom(5f);
    c.setBorderWidth(0.5f);
    return c;
  }

  /** A chart under its caption, both on one page. */
  private void chart(String caption, List<BarChart.Bar> bars, double max, int ticks, int decimals)
      throws DocumentException {
    Image img = BarChart.draw(writer, fonts, bars, max, ticks, decimals, width() - 10f, digits);
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100f);
    t.setKeepTogether(true);
    t.setSpacingBefore(6f);
    PdfPCell c = new PdfPCell(new Phrase(BODY * 1.3f, digits.apply(caption), fonts.boldFont(SMALL)));
    c.setBorder(0);
    c.setPaddingLeft(0f);
    c.setPaddingBottom(4f);
    t.addCell(c);
    PdfPCell i = new PdfPCell(img, false);
    i.setBorder(0);
    i.setHorizontalAlignment(Element.ALIGN_CENTER);
    t.addCell(i);
    doc.add(t);
  }

  /** One table cell: its text, weight, alignment and whether its digits follow the document's. */
  private record Cell(String text, boolean bold, int align, boolean convert) {
    static Cell text(String t, boolean bold) {
      return new Cell(t == null ? "" : t, bold, Element.ALIGN_LEFT, true);
    }

    static Cell num(String t, boolean bold) {
      return new Cell(t, bold, Element.ALIGN_RIGHT, true);
    }

    static Cell centre(String t) {
      return new Cell(t, false, Element.ALIGN_CENTER, true);
    }

    static Cell code(String t, boolean bold) {
      return new Cell(t == null ? "" : t, bold, Element.ALIGN_CENTER, false);
    }
  }

  /** "- 2 -" centred at the top of every page after the first, as Thai official documents number pages. */
  private final class PageNumbers extends PdfPageEventHelper {
    @Override
    public void onEndPage(PdfWriter w, Document d) {
      int page = w.getPageNumber();
      if (page < 2) {
        return;
      }
      PdfContentByte cb = w.getDirectContent();
      cb.beginText();
      cb.setFontAndSize(fonts.regular(), SMALL);
      cb.showTextAligned(PdfContentByte.ALIGN_CENTER, digits.apply("- " + page + " -"),
          (d.left() + d.right()) / 2f, d.getPageSize().getHeight() - 0.9f * CM, 0);
      cb.endText();
    }
  }
}
