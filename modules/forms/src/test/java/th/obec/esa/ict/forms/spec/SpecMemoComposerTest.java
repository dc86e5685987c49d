package th.obec.esa.ict.forms.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
import th.obec.esa.ict.forms.document.Memo;
import th.obec.esa.ict.forms.document.MemoRenderer;
import th.obec.esa.ict.forms.port.OfficeInfo;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.workflow.State;

/** The F06 and F07 memos: prices, reasons, deviations and the winner are on paper. */
class SpecMemoComposerTest {

  static final OfficeInfo OFFICE = new OfficeInfo("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1", "สพป.ชุมพร เขต 1",
      "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1", "ICT", null);
  static final String REASON = "ต้องใช้หน่วยความจำ 16 GB สำหรับงานระบบบัญชี";

  static SubmissionView submission(long id, FormCode form, String number) {
    OffsetDateTime at = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    return new SubmissionView(id, form, form.thaiName(), State.SUBMITTED, number, "ICT", "khwansiri",
        "นางขวัญศิริ กองช่าง", "นักวิเคราะห์นโยบายและแผนชำนาญการ", null, null, "khwansiri",
        "ขอกำหนดคุณลักษณะเครื่องคอมพิวเตอร์โน้ตบุ๊ก", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1", null,
        new BigDecimal("21000.00"), null, null, at, LocalDate.of(2026, 1, 5), 1, Set.of(), List.of(), List.of(),
        List.of(), null, List.of(), List.of(), List.of(), null);
  }

  static SpecView spec() {
    SpecItemView item = new SpecItemView(10, 1, 1, "11", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน", "เครื่อง", 1,
        new BigDecimal("19000.00"), new BigDecimal("21000.00"), new BigDecimal("21000.00"), true, REASON,
        List.of(new SpecLineView(20, 1, "มีหน้าจอขนาดไม่น้อยกว่า 14 นิ้ว", null, Deviation.AS_CATALOGUE, null),
            new SpecLineView(21, 2, "มีหน่วยความจำหลักไม่น้อยกว่า 16 GB", "มีหน่วยความจำหลักไม่น้อยกว่า 8 GB",
                Deviation.EDITED, "งานบัญชีใช้หน่วยความจำมาก")));
    return new SpecView(submission(1, FormCode.F06, "ศธ 04086/7"), 1, "มีนาคม 2566", new BigDecimal("21000.00"),
        new BigDecimal("19000.00"), List.of(item), List.of());
  }

  @Test
  void theSpecPrintsPricesTheReasonAndTheMarkedLine() throws Exception {
    Memo memo = SpecMemoComposer.spec(spec(), OFFICE, null);
    String all = String.join("\n", memo.listLines());
    assertTrue(all.contains("ราคากลาง 19,000.00 บาท ราคาต่อหน่วยที่กำหนด 21,000.00 บาท (สูงกว่าราคากลาง)"), all);
    assertTrue(all.contains("เหตุผลที่กำหนดราคาสูงกว่าราคากลาง: " + REASON), all);
    assertTrue(all.contains("1.2 มีหน่วยความจำหลักไม่น้อยกว่า 16 GB [แก้ไขจากเกณฑ์ เดิม: มีหน่วยความจำหลักไม่น้อยกว่า 8 GB]"
        + " เหตุผล: งานบัญชีใช้หน่วยความจำมาก"), all);
    assertTrue(memo.paragraphs().get(0).contains("ฉบับ มีนาคม 2566"));

    byte[] pdf = new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT).render(memo, false);
    Path file = Path.of("target", "spec-sample.pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);
    String text = withoutMarks(extracted(pdf));
    assertTrue(text.contains(withoutMarks(REASON)), text);
    assertTrue(text.contains(withoutMarks("21,000.00")), text);
    String poppler = pdftotext(file);
    if (poppler != null) {
      assertTrue(poppler.replaceAll("\\s+", " ").contains(REASON), poppler);
    }
  }

  @Test
  void theComparisonNamesTheCheapestCompliantOfferAndTheLinesNotMet() {
    SpecView spec = spec();
    SpecItemView item = spec.items().get(0);
    List<AnswerView> good = List.of(new AnswerView(1, "จอ", Answer.MEETS, null), new AnswerView(2, "RAM", Answer.EXCEEDS, "32 GB"));
    List<AnswerView> bad = List.of(new AnswerView(1, "จอ", Answer.MEETS, null), new AnswerView(2, "RAM", Answer.DOES_NOT_MEET, "8 GB"));
    OfferView cheap = new OfferView(1, 1, "บริษัท ถูกที่สุด จำกัด", 1, new BigDecimal("17000"), new BigDecimal("17000.00"), null,
        false, false, true, bad, List.of(2));
    OfferView winner = new OfferView(2, 2, "ห้างหุ้นส่วน ตรงสเปก", 1, new BigDecimal("20000"), new BigDecimal("20000.00"), null,
        true, true, false, good, List.of());
    ComparisonView v = new ComparisonView(submission(2, FormCode.F07, "ศธ 04086/9"), spec,
        List.of(new ComparisonItemView(item, List.of(cheap, winner), winner)), new BigDecimal("20000.00"));
    String all = String.join("\n", SpecMemoComposer.comparison(v, OFFICE, null).listLines());
    assertTrue(all.contains("ผู้เสนอราคาที่ 1 บริษัท ถูกที่สุด จำกัด ราคาต่อหน่วย 17,000.00 บาท รวม 17,000.00 บาท: "
        + "ไม่ผ่านคุณลักษณะข้อ 1.2 (ราคาต่ำสุด)"), all);
    assertTrue(all.contains("ห้างหุ้นส่วน ตรงสเปก ราคาต่อหน่วย 20,000.00 บาท รวม 20,000.00 บาท: ผ่านคุณลักษณะทุกข้อ"
        + " — ราคาต่ำสุดที่ผ่านคุณลักษณะ"), all);
    assertTrue(all.contains("ตารางสรุปเปรียบเทียบคุณสมบัติแนบท้าย"), "line by line is in the table (ComparisonGoldenTest):\n" + all);
    assertTrue(all.contains("สรุป รายการที่ 1 เห็นควรจัดซื้อจาก ห้างหุ้นส่วน ตรงสเปก"), all);
  }

  static String withoutMarks(String s) {
    return s.replace('\u0E33', '\u0E32').replaceAll("[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E\\s\\p{Co}\\p{Cf}]", "");
  }

  static String extracted(byte[] pdf) throws Exception {
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
    Process p = new ProcessBuilder("/usr/bin/pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    p.waitFor(30, TimeUnit.SECONDS);
    return new String(out, StandardCharsets.UTF_8);
  }
}
