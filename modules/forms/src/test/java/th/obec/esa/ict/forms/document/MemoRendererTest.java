package th.obec.esa.ict.forms.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.forms.port.OfficeInfo;
import th.obec.esa.ict.forms.port.PersonSummary;
import th.obec.esa.ict.forms.repair.RepairView;
import th.obec.esa.ict.forms.submission.StepView;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.Transition;

/**
 * The memo of an approved repair request, rendered with the real Thai font: written to
 * target/memo-sample.pdf (and its text to target/memo-sample.txt) so that a person can look at
 * it; its text must name the memo, its number and who acted for whom.
 */
class MemoRendererTest {

  static final OfficeInfo OFFICE = new OfficeInfo("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1", "สพป.ชุมพร เขต 1",
      "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1", "ICT", "0 7751 1234");
  static final String ICT_DIRECTOR = "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";

  static SubmissionView approvedRepair() {
    OffsetDateTime at = OffsetDateTime.of(2025, 11, 3, 10, 15, 0, 0, ZoneOffset.ofHours(7));
    List<StepView> steps = List.of(
        new StepView(Transition.SUBMIT, State.DRAFT, State.SUBMITTED, "somchai", "นายสมชาย โกฎวิเชียร",
            "นักวิชาการเงินและบัญชีชำนาญการพิเศษ", null, null, null, null, BasisKind.OWN, at, null),
        new StepView(Transition.REVIEW, State.SUBMITTED, State.REVIEWED, "wiparat", "นางวิภารัตน์ กวาวหนึ่ง",
            "นักประชาสัมพันธ์ชำนาญการพิเศษ", null, null, null, null, BasisKind.OWN, at.plusHours(2),
            "ตรวจสอบแล้ว อาการตรงตามแจ้ง ควรเปลี่ยนพัดลมระบายความร้อน"),
        new StepView(Transition.APPROVE, State.REVIEWED, State.APPROVED, "khwansiri", "นางขวัญศิริ กองช่าง",
            "นักวิเคราะห์นโยบายและแผนชำนาญการ", "nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์", ICT_DIRECTOR,
            "คำสั่ง สพป.ชุมพร เขต 1 ที่ 275/2561 ข้อ 2.11", BasisKind.STAND_IN, at.plusDays(1), "อนุมัติ"));
    return new SubmissionView(1001L, FormCode.F03, FormCode.F03.thaiName(), State.APPROVED, "ศธ 04086/123", "FIN",
        "somchai", "นายสมชาย โกฎวิเชียร", "นักวิชาการเงินและบัญชีชำนาญการพิเศษ", null, null, "somchai",
        "ขอแจ้งซ่อมเครื่องคอมพิวเตอร์โน้ตบุ๊ก", "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
        "เครื่องดับเองหลังเปิดใช้งานประมาณสิบนาที มีเสียงพัดลมดังผิดปกติ ทำให้ไม่สามารถใช้งานระบบการเงินได้ต่อเนื่อง"
            + " จึงขอให้กลุ่มส่งเสริมการศึกษาทางไกลฯ ตรวจสอบและซ่อมแซมโดยเร็ว",
        new BigDecimal("1500.00"), null, null, at, LocalDate.of(2025, 11, 3), 3, Set.of(), steps, List.of(), List.of(),
        new RepairView(77L, "7440-001-0001/66", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน", null,
            "ห้องกลุ่มบริหารงานการเงินและสินทรัพย์ ชั้น 2", "เปิดเครื่องแล้วดับเอง พัดลมมีเสียงดัง", false),
        List.of(), List.of(), List.of(), null);
  }

  static PersonSummary somchai() {
    return new PersonSummary("somchai", "นายสมชาย โกฎวิเชียร", "นักวิชาการเงินและบัญชีชำนาญการพิเศษ",
        "ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์", "FIN", "กลุ่มบริหารงานการเงินและสินทรัพย์");
  }

  @Test
  void anApprovedRepairPrintsAsAMemoWithTheActingWording() throws Exception {
    Memo memo = MemoComposer.compose(approvedRepair(), OFFICE, somchai());
    MemoRenderer renderer = new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT);
    byte[] pdf = renderer.render(memo, true);
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("memo-sample.pdf");
    Files.write(file, pdf);
    Files.write(dir.resolve("memo-sample-arabic.pdf"), renderer.render(memo, false));

    String text = withoutMarks(extracted(pdf));
    assertTrue(text.contains(withoutMarks("บันทึกข้อความ")), text);
    assertTrue(text.contains(withoutMarks("ศธ ๐๔๐๘๖/๑๒๓")), text);
    assertTrue(text.contains(withoutMarks("นางขวัญศิริ กองช่าง ปฏิบัติหน้าที่แทน นางนันทน์ภัส")), text);

    String poppler = pdftotext(file);
    if (poppler != null) {
      Files.writeString(dir.resolve("memo-sample.txt"), poppler, StandardCharsets.UTF_8);
      assertTrue(poppler.contains("บันทึกข้อความ"), poppler);
      assertTrue(poppler.contains("ศธ ๐๔๐๘๖/๑๒๓"), poppler);
      assertTrue(poppler.contains("นางขวัญศิริ กองช่าง ปฏิบัติหน้าที่แทน นางนันทน์ภัส เกียรติมาพรศักดิ์"), poppler);
    }
  }

  @Test
  void aDelegationIsWordedAsActingOnOfficialBusiness() {
    assertEquals("ปฏิบัติราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
        MemoComposer.actingLine(BasisKind.DELEGATION, "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"));
    assertEquals("ปฏิบัติหน้าที่แทน " + ICT_DIRECTOR, MemoComposer.actingLine(BasisKind.STAND_IN, ICT_DIRECTOR));
    assertEquals(null, MemoComposer.actingLine(BasisKind.OWN, ICT_DIRECTOR));
  }

  @Test
  void aMissingFontIsAClearErrorNamingTheSetting() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new MemoRenderer("/nowhere/THSarabunNew.ttf", null));
    assertTrue(e.getMessage().contains(MemoRenderer.FONT_KEY));
    assertTrue(e.getMessage().contains("fonts-tlwg-laksaman"));
  }

  /**
   * OpenPDF's extractor reads the shaped glyphs, and a tone mark moved out of a vowel's way is a
   * glyph of its own without a Unicode mapping (readers use the ActualText instead); compare
   * without the marks above and below the line, and without spaces.
   */
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

  /** The text as poppler's pdftotext reads it, or null where poppler is not installed. */
  static String pdftotext(Path pdf) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
      return null;
    }
    Process p = new ProcessBuilder("/usr/bin/pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    p.waitFor(30, TimeUnit.SECONDS);
    return new String(out, StandardCharsets.UTF_8);
  }
}
