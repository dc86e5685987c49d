package th.obec.esa.ict.evaluation.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.obec.esa.ict.evaluation.answer.AnswerSheet;
import th.obec.esa.ict.evaluation.form.EvaluationView;
import th.obec.esa.ict.evaluation.form.ItemView;
import th.obec.esa.ict.evaluation.form.QuestionView;
import th.obec.esa.ict.evaluation.form.SectionView;
import th.obec.esa.ict.platform.time.OfficeTime;
import th.obec.esa.ict.platform.time.ThaiDates;

/**
 * The F12 as a workbook a spreadsheet user can check: sheet {@value #ANSWERS} holds the raw
 * answers (one row per sheet, one column per item, without the respondents' identities), sheet
 * {@value #SUMMARY} the n, mean, SD, band and counts per item, section and overall as LIVE
 * formulas over the raw block ({@code =AVERAGE('คำตอบ'!E2:E31)}, {@code =STDEV(...)}), their
 * values cached by POI's formula evaluator so that any viewer shows them without recalculating.
 * Sections and overall are formulas over the whole block of their columns: the pooled figures.
 *
 * <p>Layout of {@value #SUMMARY}: column A the item number (1, 2 ...) or {@link #sectionLabel}
 * / {@link #OVERALL_LABEL}; B the text; C n; D mean; E SD; F band; G..K how many gave 5..1.
 */
public final class F12Workbook {

  public static final String ANSWERS = "คำตอบ";
  public static final String SUMMARY = "สรุป";
  public static final String OVERALL_LABEL = "รวมทั้งหมด";
  /** The first item column of {@value #ANSWERS} (E). */
  public static final int FIRST_ITEM_COLUMN = 4;
  public static final int COL_N = 2;
  public static final int COL_MEAN = 3;
  public static final int COL_SD = 4;
  public static final int COL_BAND = 5;

  private F12Workbook() {}

  /** The label of a section's total row in column A. */
  public static String sectionLabel(int sectionNumber) {
    return "รวมด้านที่ " + sectionNumber;
  }

  public static byte[] write(F12Report report, List<AnswerSheet> sheets) {
    EvaluationView ev = report.evaluation();
    List<ItemView> items = ev.items();
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Font boldFont = wb.createFont();
      boldFont.setBold(true);
      CellStyle bold = wb.createCellStyle();
      bold.setFont(boldFont);
      DataFormat format = wb.createDataFormat();
      CellStyle twoDecimals = wb.createCellStyle();
      twoDecimals.setDataFormat(format.getFormat("0.00"));
      CellStyle twoDecimalsBold = wb.createCellStyle();
      twoDecimalsBold.setDataFormat(format.getFormat("0.00"));
      twoDecimalsBold.setFont(boldFont);

      Sheet raw = wb.createSheet(ANSWERS);
      Row head = raw.createRow(0);
      text(head, 0, "ลำดับ", bold);
      text(head, 1, "กลุ่มผู้ตอบ", bold);
      text(head, 2, "สถานศึกษา", bold);
      text(head, 3, "วันเวลาที่ตอบ", bold);
      for (int i = 0; i < items.size(); i++) {
        text(head, FIRST_ITEM_COLUMN + i, "ข้อ " + items.get(i).number(), bold);
      }
      int openColumn = FIRST_ITEM_COLUMN + items.size();
      for (int q = 0; q < ev.questions().size(); q++) {
        text(head, openColumn + q, "ข้อเสนอแนะ " + ev.questions().get(q).number(), bold);
      }
      for (int r = 0; r < sheets.size(); r++) {
        AnswerSheet s = sheets.get(r);
        Row row = raw.createRow(r + 1);
        row.createCell(0).setCellValue(r + 1);
        text(row, 1, s.group().thai(), null);
        if (s.schoolName() != null) {
          text(row, 2, s.schoolName(), null);
        }
        text(row, 3, ThaiDates.formatNumeric(s.submittedAt().atZoneSameInstant(OfficeTime.ZONE).toLocalDate()) + " "
            + s.submittedAt().atZoneSameInstant(OfficeTime.ZONE).toLocalTime().withNano(0), null);
        for (int i = 0; i < items.size(); i++) {
          Integer score = s.ratings().get(items.get(i).id());
          if (score != null) {
            row.createCell(FIRST_ITEM_COLUMN + i).setCellValue(score);
          }
        }
        for (int q = 0; q < ev.questions().size(); q++) {
          QuestionView question = ev.questions().get(q);
          String answer = s.openAnswers().get(question.id());
          if (answer != null) {
            text(row, openColumn + q, answer, null);
          }
        }
      }
      raw.setColumnWidth(1, 24 * 256);
      raw.setColumnWidth(2, 30 * 256);
      raw.setColumnWidth(3, 18 * 256);
      raw.createFreezePane(FIRST_ITEM_COLUMN, 1);

      Sheet sum = wb.createSheet(SUMMARY);
      int lastRow = Math.max(2, sheets.size() + 1);
      int r = 0;
      text(sum.createRow(r++), 0, "แบบรายงานสรุปผลการประเมิน (F12): " + ev.title(), bold);
      text(sum.createRow(r++), 0, ev.subject() + " ปีงบประมาณ " + ev.fiscalYear() + " จำนวนผู้ตอบ "
          + sheets.size() + " คน", null);
      Row columns = sum.createRow(r++);
      String[] names = {"ข้อ", "รายการประเมิน", "n", "x̄", "S.D.", "ระดับ", "5", "4", "3", "2", "1"};
      for (int c = 0; c < names.length; c++) {
        text(columns, c, names[c], bold);
      }
      int itemIndex = 0;
      for (SectionView s : ev.sections()) {
        text(sum.createRow(r++), 1, "ด้านที่ " + s.number() + " " + s.title(), bold);
        int firstIndex = itemIndex;
        for (ItemView item : s.items()) {
          Row row = sum.createRow(r++);
          row.createCell(0).setCellValue(item.number());
          text(row, 1, item.text(), null);
          statistics(row, range(itemIndex, itemIndex, lastRow), sheets.size(), twoDecimals);
          itemIndex++;
        }
        Row total = sum.createRow(r++);
        text(total, 0, sectionLabel(s.number()), bold);
        text(total, 1, "รวม " + s.title(), bold);
        statistics(total, range(firstIndex, itemIndex - 1, lastRow), sheets.size() * s.items().size(),
            twoDecimalsBold);
      }
      Row overall = sum.createRow(r++);
      text(overall, 0, OVERALL_LABEL, bold);
      text(overall, 1, "รวมทุกด้าน", bold);
      statistics(overall, range(0, items.size() - 1, lastRow), sheets.size() * items.size(), twoDecimalsBold);
      r++;
      text(sum.createRow(r++), 0, "เกณฑ์การแปลผลค่าเฉลี่ย", bold);
      for (var band : report.criteria()) {
        text(sum.createRow(r++), 1, band.from() + " – " + band.to() + " " + band.thai(), null);
      }
      sum.setColumnWidth(0, 14 * 256);
      sum.setColumnWidth(1, 60 * 256);

      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.setForceFormulaRecalculation(true);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the F12 workbook could not be written", e);
    }
  }

  /** The raw block of items {@code from..to} (0-based item indexes) over all answer rows. */
  private static String range(int from, int to, int lastRow) {
    return "'" + ANSWERS + "'!" + CellReference.convertNumToColString(FIRST_ITEM_COLUMN + from) + "2:"
        + CellReference.convertNumToColString(FIRST_ITEM_COLUMN + to) + lastRow;
  }

  /**
   * n, mean, SD, band and counts over a range as formulas. A mean needs one score and an SD two
   * (a spreadsheet's STDEV gives #DIV/0! below that), so those cells stay empty then.
   */
  private static void statistics(Row row, String range, int scores, CellStyle number) {
    row.createCell(COL_N).setCellFormula("COUNT(" + range + ")");
    if (scores >= 1) {
      Cell mean = row.createCell(COL_MEAN);
      mean.setCellFormula("AVERAGE(" + range + ")");
      mean.setCellStyle(number);
      String m = "ROUND(" + new CellReference(row.getRowNum(), COL_MEAN).formatAsString() + ",2)";
      row.createCell(COL_BAND).setCellFormula("IF(" + m + ">=4.51,\"มากที่สุด\",IF(" + m + ">=3.51,\"มาก\",IF(" + m
          + ">=2.51,\"ปานกลาง\",IF(" + m + ">=1.51,\"น้อย\",\"น้อยที่สุด\"))))");
    }
    if (scores >= 2) {
      Cell sd = row.createCell(COL_SD);
      sd.setCellFormula("STDEV(" + range + ")");
      sd.setCellStyle(number);
    }
    for (int score = 5; score >= 1; score--) {
      row.createCell(COL_BAND + 1 + (5 - score)).setCellFormula("COUNTIF(" + range + "," + score + ")");
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellValue(value);
    if (style != null) {
      c.setCellStyle(style);
    }
  }
}
