package th.obec.esa.ict.records.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.records.common.RecordState;
import th.obec.esa.ict.records.improvement.ImprovementReportRenderer;
import th.obec.esa.ict.records.improvement.ImprovementView;
import th.obec.esa.ict.records.improvement.IndicatorChange;
import th.obec.esa.ict.records.improvement.Target;
import th.obec.esa.ict.records.study.StudyReportRenderer;
import th.obec.esa.ict.records.study.StudyView;

/**
 * The F15 and F17 rendered with the real Thai font, written to target/ (f15-sample.pdf,
 * f17-sample.pdf and their text) so that a person can look at them: their text must carry the
 * title, the record number in Arabic digits, the facts in Thai digits, and the indicator change.
 */
class ReportRenderTest {

  static final ReportHead HEAD = new ReportHead("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1",
      "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", true);
  static final OffsetDateTime REPORTED = OffsetDateTime.of(2026, 7, 15, 10, 0, 0, 0, ZoneOffset.ofHours(7));

  static StudyView study() {
    return new StudyView(1000L, "F13-2569/001", 2569,
        "การศึกษาวิเคราะห์ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC) ของสถานศึกษาในสังกัด",
        "ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC)",
        "1) เพื่อศึกษาสภาพการบันทึกข้อมูลนักเรียนของสถานศึกษาในสังกัด\n"
            + "2) เพื่อวิเคราะห์ปัญหาความถูกต้องและความทันเวลาของข้อมูล",
        "ศึกษาจากข้อมูลการส่ง DMC ภาคเรียนที่ 1/2569 ของสถานศึกษา 128 แห่ง"
            + " และสัมภาษณ์เจ้าหน้าที่ธุรการโรงเรียน 20 คน",
        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30),
        List.of("นางนันทน์ภัส เกียรติมาพรศักดิ์ นักวิเคราะห์นโยบายและแผนชำนาญการ",
            "นางขวัญศิริ กองช่าง นักวิเคราะห์นโยบายและแผนชำนาญการ"),
        "สถานศึกษาร้อยละ 92.5 ส่งข้อมูลทันตามกำหนด ข้อมูลที่ต้องแก้ไขภายหลังส่วนใหญ่"
            + "เป็นเลขประจำตัวประชาชนของนักเรียนที่ย้ายเข้าระหว่างภาคเรียน"
            + " และข้อมูลน้ำหนักส่วนสูงที่ไม่ได้ปรับปรุงตามการชั่งวัดครั้งล่าสุด",
        "เจ้าหน้าที่ของโรงเรียนขนาดเล็กรับผิดชอบหลายงาน ทำให้บันทึกข้อมูลช่วงใกล้วันกำหนดส่ง"
            + " ระบบมีผู้ใช้พร้อมกันมากจึงตอบสนองช้า",
        "ควรจัดอบรมเจ้าหน้าที่ก่อนเปิดภาคเรียน และกำหนดวันส่งภายในเขตก่อนวันกำหนดของส่วนกลาง"
            + "อย่างน้อยเจ็ดวันเพื่อให้มีเวลาตรวจสอบ",
        RecordState.REPORTED, LocalDate.of(2026, 5, 1), REPORTED.minusMonths(2), "nanphat", REPORTED, "nanphat",
        REPORTED, "nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์", "นักวิเคราะห์นโยบายและแผนชำนาญการ", true);
  }

  static ImprovementView improvement() {
    return new ImprovementView(1000L, "F16-2569/003", 2569, "ระบบออกเลขหนังสือราชการออนไลน์",
        "การออกเลขหนังสือส่งของกลุ่มต่าง ๆ ในสำนักงาน", EnumSet.of(Target.OFFICE, Target.SCHOOLS),
        "ผู้ขอเลขต้องเดินมาที่กลุ่มอำนวยการและรอเจ้าหน้าที่ค้นสมุดทะเบียน ใช้เวลาเฉลี่ยราย 15 นาที และเลขซ้ำบ่อย",
        "พัฒนาระบบออกเลขบนอินทราเน็ตของสำนักงาน ผู้ใช้ขอเลขได้เองตามสิทธิ์ ระบบกันเลขซ้ำด้วยการล็อกแถวในฐานข้อมูล",
        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), List.of("นางขวัญศิริ กองช่าง", "นายวิทยา สงค์ประภา"),
        List.of(IndicatorChange.view("เวลาออกเลขหนังสือ", new BigDecimal("15"), new BigDecimal("2"), "นาที"),
            IndicatorChange.view("จำนวนเลขซ้ำต่อเดือน", new BigDecimal("6"), new BigDecimal("0"), "ครั้ง"),
            IndicatorChange.view("ความพึงพอใจของผู้ใช้งาน (คะแนนเฉลี่ยจากแบบประเมินห้าระดับ)", new BigDecimal("3.20"),
                new BigDecimal("4.55"), "คะแนน")),
        "ผู้ใช้ออกเลขหนังสือได้เองภายในสองนาที ไม่มีเลขซ้ำตั้งแต่เริ่มใช้ระบบ และความพึงพอใจเพิ่มขึ้น",
        null, "ขยายการใช้งานไปยังสถานศึกษาในสังกัด และเชื่อมกับระบบสารบรรณอิเล็กทรอนิกส์", RecordState.REPORTED,
        LocalDate.of(2026, 3, 1), REPORTED.minusMonths(4), "khwansiri", REPORTED, "khwansiri", REPORTED, "khwansiri",
        "นางขวัญศิริ กองช่าง", "นักวิเคราะห์นโยบายและแผนชำนาญการ", true);
  }

  static ThaiFonts fonts() {
    return ThaiFonts.load(ThaiFonts.DEFAULT_FONT, ThaiFonts.DEFAULT_BOLD_FONT);
  }

  @Test
  void theF15CarriesTheStudyItsSignatureAndTheDirectorsSpace() throws Exception {
    byte[] pdf = StudyReportRenderer.render(study(), HEAD, fonts());
    Path file = write("f15-sample.pdf", pdf);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    String text = withoutMarks(extracted(pdf));
    assertTrue(text.contains(withoutMarks("แบบรายงานผลการศึกษาวิเคราะห์")), text);
    assertTrue(text.contains("F13-2569/001"), text);
    assertTrue(text.contains(withoutMarks("ความเห็นของผู้อำนวยการ")), text);
    assertTrue(text.contains(withoutMarks("๙๒.๕")), text);
    String poppler = pdftotext(file);
    if (poppler != null) {
      Files.writeString(file.resolveSibling("f15-sample.txt"), poppler, StandardCharsets.UTF_8);
      assertTrue(poppler.contains("แบบรายงานผลการศึกษาวิเคราะห์"), poppler);
      assertTrue(poppler.contains("นางนันทน์ภัส เกียรติมาพรศักดิ์"), poppler);
      assertTrue(poppler.contains("๑๕ กรกฎาคม ๒๕๖๙"), poppler);
    }
  }

  @Test
  void theF17CarriesTheIndicatorTableWithTheChange() throws Exception {
    byte[] pdf = ImprovementReportRenderer.render(improvement(), HEAD, fonts());
    Path file = write("f17-sample.pdf", pdf);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    String text = withoutMarks(extracted(pdf));
    assertTrue(text.contains("F16-2569/003"), text);
    assertTrue(text.contains(withoutMarks("-๘๖.๗%")), text);
    assertTrue(text.contains(withoutMarks("+๑.๓๕")), text);
    String poppler = pdftotext(file);
    if (poppler != null) {
      Files.writeString(file.resolveSibling("f17-sample.txt"), poppler, StandardCharsets.UTF_8);
      assertTrue(poppler.contains("แบบรายงานผลการพัฒนา ปรับปรุง และประยุกต์ใช้ ICT"), poppler);
      assertTrue(poppler.contains("เวลาออกเลขหนังสือ"), poppler);
    }
  }

  /**
   * Issue 17: the F13 and the F16 themselves print, at any stage, under their own names and codes,
   * with the record as it stands and a line for the recorder to sign; the director's space belongs
   * to the reports (F15, F17) only.
   */
  @Test
  void theF13AndTheF16PrintAsRecordsForTheirRecorderToSign() throws Exception {
    byte[] f13 = StudyReportRenderer.record(study(), HEAD, fonts());
    write("f13-sample.pdf", f13);
    String text = withoutMarks(extracted(f13));
    assertTrue(text.contains(withoutMarks("แบบบันทึกการศึกษาวิเคราะห์")) && text.contains("F13"), text);
    assertTrue(text.contains("F13-2569/001"), text);
    assertTrue(text.contains(withoutMarks("ผู้บันทึก")), text);
    assertFalse(text.contains(withoutMarks("ความเห็นของผู้อำนวยการ")), text);
    assertFalse(text.contains(withoutMarks("แบบรายงานผลการศึกษาวิเคราะห์")), text);

    byte[] f16 = ImprovementReportRenderer.record(improvement(), HEAD, fonts());
    Path file = write("f16-sample.pdf", f16);
    String t16 = withoutMarks(extracted(f16));
    assertTrue(t16.contains(withoutMarks("แบบบันทึกพัฒนา ปรับปรุง และประยุกต์ใช้ ICT")) && t16.contains("F16-2569/003"), t16);
    assertTrue(t16.contains(withoutMarks("-๘๖.๗%")), "the indicators as recorded: " + t16);
    assertTrue(t16.contains(withoutMarks("ผู้บันทึก")) && !t16.contains(withoutMarks("ความเห็นของผู้อำนวยการ")), t16);
    String poppler = pdftotext(file);
    if (poppler != null) {
      assertTrue(poppler.contains("แบบบันทึกพัฒนา ปรับปรุง และประยุกต์ใช้ ICT"), poppler);
      assertFalse(poppler.contains("F๑๖"), "the form code in Arabic digits: " + poppler);
    }
  }

  @Test
  void arabicDigitsWhenTheOfficeAsksForThem() throws Exception {
    ReportHead arabic = new ReportHead(HEAD.officeName(), HEAD.unitName(), false);
    byte[] pdf = ImprovementReportRenderer.render(improvement(), arabic, fonts());
    write("f17-sample-arabic.pdf", pdf);
    String text = withoutMarks(extracted(pdf));
    assertTrue(text.contains("-86.7%"), text);
  }

  private static Path write(String name, byte[] pdf) throws IOException {
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    Files.write(file, pdf);
    return file;
  }

  /** Without the marks above and below the line and without spaces (see MemoRendererTest in forms). */
  static String withoutMarks(String s) {
    return s.replace('\u0E33', '\u0E32').replaceAll("[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E\\s\\p{Co}\\p{Cf}]", "");
  }

  static String extracted(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    StringBuilder out = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      out.append(extractor.getTextFromPage(page)).append('\n');
    }
    return out.toString();
  }

  static String pdftotext(Path pdf) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
      return null;
    }
    Process p = new ProcessBuilder("/usr/bin/pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true)
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    p.waitFor(30, TimeUnit.SECONDS);
    return new String(out, StandardCharsets.UTF_8);
  }
}
