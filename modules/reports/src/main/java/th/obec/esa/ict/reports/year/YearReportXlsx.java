package th.obec.esa.ict.reports.year;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.obec.esa.ict.platform.time.ThaiDates;
import th.obec.esa.ict.reports.port.AccountFigures;
import th.obec.esa.ict.reports.port.EvaluationLine;
import th.obec.esa.ict.reports.port.LoanFigures;
import th.obec.esa.ict.reports.port.RecordLine;
import th.obec.esa.ict.reports.port.RepairFigures;
import th.obec.esa.ict.reports.port.RequestLine;

/**
 * The figures of a {@link YearReport} as a workbook, for offices that re-use them in their own
 * reports: one sheet per section, a header row, numbers as numbers (Arabic digits, never text)
 * so that they can be summed again. An empty section has its header and the no-data line.
 */
public final class YearReportXlsx {

  /** The sheets, in order. */
  public static final List<String> SHEETS = List.of("รายงาน", "1 คำขอ", "2 ซ่อมและยืม", "3 บัญชีและสิทธิ์",
      "4 ผลการประเมิน", "5 ข้อมูลกลาง F01", "6 การศึกษาและพัฒนา");

  private XSSFWorkbook wb;
  private CellStyle bold;
  private CellStyle decimal;

  public byte[] write(YearReport r) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb = book;
      Font f = wb.createFont();
      f.setBold(true);
      bold = wb.createCellStyle();
      bold.setFont(f);
      decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      about(r);
      requests(r.requests());
      services(r.services());
      accounts(r.accounts());
      evaluations(r.evaluations());
      returns(r.returns());
      records(r.records());
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the F21 workbook could not be written", e);
    }
  }

  private void about(YearReport r) {
    Sheet s = wb.createSheet(SHEETS.get(0));
    row(s, 0, YearReportPdf.TITLE + " (F21)");
    s.getRow(0).getCell(0).setCellStyle(bold);
    row(s, 1, "สำนักงาน", r.office().officeNameTh());
    row(s, 2, "กลุ่ม", r.office().ictUnitNameTh());
    row(s, 3, "ปีงบประมาณ", r.buddhistYear());
    row(s, 4, "ตั้งแต่วันที่", ThaiDates.formatLong(r.firstDay(), ThaiDates.THAI));
    row(s, 5, "ถึงวันที่", ThaiDates.formatLong(r.lastDay(), ThaiDates.THAI));
    row(s, 6, "จัดทำเมื่อ", ThaiDates.formatLong(r.producedOn(), ThaiDates.THAI));
    s.setColumnWidth(0, 20 * 256);
    s.setColumnWidth(1, 60 * 256);
  }

  private void requests(RequestSection sec) {
    Sheet s = sheet(1, "แบบ", "ประเภทคำขอ", "ได้รับ", "อนุมัติ", "ไม่อนุมัติ", "ส่งคืน/ถอน", "แล้วเสร็จ",
        "ระหว่างดำเนินการ", "เฉลี่ยวันที่ใช้ดำเนินการ");
    if (sec.empty()) {
      noData(s);
      return;
    }
    int i = 1;
    for (RequestLine l : sec.lines()) {
      requestRow(s, i++, l.formCode(), l.formNameTh(), l);
    }
    requestRow(s, i++, "", "รวม", sec.total());
    row(s, i, "", "ร้อยละที่แล้วเสร็จ", sec.completedPercent());
  }

  private void requestRow(Sheet s, int i, String code, String name, RequestLine l) {
    row(s, i, code, name, l.received(), l.approved(), l.rejected(), l.returned(), l.completed(), l.inProgress(),
        l.meanDaysToClose());
  }

  private void services(ServiceSection sec) {
    Sheet s = sheet(2, "รายการ", "จำนวน", "หน่วย");
    if (sec.empty()) {
      noData(s);
      return;
    }
    RepairFigures r = sec.repairs();
    LoanFigures l = sec.loans();
    row(s, 1, "แจ้งซ่อม (F03) ที่ได้รับ", r.received(), "เรื่อง");
    row(s, 2, "ซ่อมแล้วเสร็จ", r.completed(), "เรื่อง");
    row(s, 3, "ร้อยละที่ซ่อมแล้วเสร็จ", sec.repairsCompletedPercent(), "ร้อยละ");
    row(s, 4, "ระยะเวลาซ่อมเฉลี่ย", r.meanDaysToComplete(), "วัน");
    row(s, 5, "ค่าวัสดุอะไหล่", r.partsCost(), "บาท");
    row(s, 6, "การยืม (F04)", l.loans(), "ครั้ง");
    row(s, 7, "ส่งคืนแล้ว", l.returned(), "ครั้ง");
    row(s, 8, "ส่งคืนล่าช้า", l.returnedLate(), "ครั้ง");
    row(s, 9, "ค้างส่งคืนเกินกำหนด ณ วันที่จัดทำรายงาน", l.overdueNow(), "รายการ");
  }

  private void accounts(AccountSection sec) {
    Sheet s = sheet(3, "รายการ", "จำนวน", "หน่วย");
    if (sec.empty()) {
      noData(s);
      return;
    }
    AccountFigures a = sec.figures();
    row(s, 1, "คำขอมีบัตรประจำตัวในการใช้งาน (F08)", a.accountRequests(), "เรื่อง");
    row(s, 2, "ออกบัญชีผู้ใช้งาน", a.accountsIssued(), "บัญชี");
    row(s, 3, "คำร้องขอเข้าถึงระบบข้อมูลสารสนเทศ (F14)", a.accessRequests(), "เรื่อง");
    row(s, 4, "ให้สิทธิ์การเข้าถึง", a.accessGranted(), "รายการ");
    row(s, 5, "ยุติสิทธิ์การเข้าถึง", a.accessEnded(), "รายการ");
  }

  private void evaluations(EvaluationSection sec) {
    Sheet s = sheet(4, "แบบ", "เรื่อง", "สิ่งที่ประเมิน", "สถานะ", "ผู้ตอบ", "ค่าเฉลี่ย", "S.D.", "ระดับ");
    if (sec.empty()) {
      noData(s);
      return;
    }
    int i = 1;
    for (EvaluationRow row : sec.rows()) {
      EvaluationLine l = row.line();
      row(s, i++, l.formCode(), l.title(), l.subject(), l.state(), l.respondents(), l.mean(), l.sd(), row.bandTh());
    }
    row(s, i, "", "รวม", "", "", sec.respondents(), sec.overallMean(), null, sec.overallBandTh());
  }

  private void returns(ReturnSection sec) {
    Sheet s = sheet(5, "ระบบ", "ชื่อระบบ", "รอบ", "ต้องส่ง", "ตรงเวลา", "ล่าช้า", "ค้างเกินกำหนด", "รอส่ง",
        "ร้อยละที่ส่งแล้ว", "ร้อยละที่ส่งตรงเวลา");
    if (sec.empty()) {
      noData(s);
      return;
    }
    int i = 1;
    for (ReturnRow r : sec.rows()) {
      returnRow(s, i++, r);
    }
    returnRow(s, i, sec.total());
  }

  private void returnRow(Sheet s, int i, ReturnRow r) {
    row(s, i, r.system() == null ? "" : r.system(), r.systemNameTh(), r.rounds(), r.expected(), r.onTime(), r.late(),
        r.overdue(), r.waiting(), r.percentComplete(), r.percentOnTime());
  }

  private void records(RecordSection sec) {
    Sheet s = sheet(6, "แบบ", "เลขที่", "เรื่อง", "วันที่", "สถานะ", "รายงานผลแล้ว");
    if (sec.empty()) {
      noData(s);
      return;
    }
    int i = 1;
    for (RecordLine l : sec.studies()) {
      recordRow(s, i++, l);
    }
    for (RecordLine l : sec.improvements()) {
      recordRow(s, i++, l);
    }
  }

  private void recordRow(Sheet s, int i, RecordLine l) {
    row(s, i, l.formCode(), l.number(), l.title(), l.date() == null ? null : ThaiDates.formatNumeric(l.date()),
        l.stateTh(), l.reportIssued() ? "ใช่" : "ไม่");
  }

  private Sheet sheet(int index, String... header) {
    Sheet s = wb.createSheet(SHEETS.get(index));
    Row r = s.createRow(0);
    for (int i = 0; i < header.length; i++) {
      r.createCell(i).setCellValue(header[i]);
      r.getCell(i).setCellStyle(bold);
      s.setColumnWidth(i, (i == 1 ? 40 : 14) * 256);
    }
    return s;
  }

  private void noData(Sheet s) {
    row(s, 1, YearReportPdf.NO_DATA);
  }

  /** A row of texts and numbers; a null leaves the cell empty. */
  private void row(Sheet s, int index, Object... values) {
    Row r = s.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        continue;
      }
      var c = r.createCell(i);
      if (v instanceof Integer n) {
        c.setCellValue(n);
      } else if (v instanceof BigDecimal d) {
        c.setCellValue(d.doubleValue());
        c.setCellStyle(decimal);
      } else {
        c.setCellValue(v.toString());
      }
    }
  }
}
