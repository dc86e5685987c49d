package th.obec.esa.ict.forms.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.loan.LoanView;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.forms.submission.StepView;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.Transition;

/**
 * Issue 17, the F04 memo for a fixed case: นายสมชาย borrows a projector and a notebook from 1 to 5
 * December 2569; นางขวัญศิริ hands them out on the 1st and takes them back at 00:30 Bangkok time on
 * the 8th (17:30 UTC on the 7th), three days late, the notebook's charger missing. The printed text
 * (pdftotext) shows the due date, both return dates, the lateness, the condition and who received
 * them back; the PDF, its text and the 60-dpi render (target/loan-golden-1.png) are kept.
 */
class LoanMemoGoldenTest {

  static final OffsetDateTime APPROVED_AT = OffsetDateTime.of(2026, 11, 28, 3, 0, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime HANDED_OUT_AT = OffsetDateTime.of(2026, 12, 1, 2, 0, 0, 0, ZoneOffset.UTC);
  /** 00:30 on 8 December in Bangkok. */
  static final OffsetDateTime TAKEN_BACK_AT = OffsetDateTime.of(2026, 12, 7, 17, 30, 0, 0, ZoneOffset.UTC);

  static SubmissionView returnedLoan() {
    List<StepView> steps = List.of(
        new StepView(Transition.SUBMIT, State.DRAFT, State.SUBMITTED, "somchai", "นายสมชาย โกฎวิเชียร",
            "นักวิชาการเงินและบัญชีชำนาญการพิเศษ", null, null, null, null, BasisKind.OWN, APPROVED_AT.minusDays(1), null),
        new StepView(Transition.APPROVE, State.SUBMITTED, State.APPROVED, "nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์",
            "นักวิเคราะห์นโยบายและแผนชำนาญการ", null, null, null, null, BasisKind.OWN, APPROVED_AT, "อนุมัติ"),
        new StepView(Transition.ASSIGN, State.APPROVED, State.IN_PROGRESS, "khwansiri", "นางขวัญศิริ กองช่าง",
            "นักวิเคราะห์นโยบายและแผนชำนาญการ", null, null, null, null, BasisKind.OWN, HANDED_OUT_AT, "นางขวัญศิริ กองช่าง"),
        new StepView(Transition.COMPLETE, State.IN_PROGRESS, State.DONE, "khwansiri", "นางขวัญศิริ กองช่าง",
            "นักวิเคราะห์นโยบายและแผนชำนาญการ", null, null, null, null, BasisKind.OWN, TAKEN_BACK_AT, "รับคืนแล้ว"));
    List<LoanView> loans = List.of(
        new LoanView(1, 11, "7440-001-0007", "เครื่องฉายภาพ (โปรเจกเตอร์)", LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8), false,
            "สายชาร์จของเครื่องโน้ตบุ๊กสูญหาย"),
        new LoanView(2, 12, "7440-001-0031", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก", LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8), false,
            "สายชาร์จของเครื่องโน้ตบุ๊กสูญหาย"));
    return new SubmissionView(3001L, FormCode.F04, FormCode.F04.thaiName(), State.DONE, "ศธ 04086/31", "FIN",
        "somchai", "นายสมชาย โกฎวิเชียร", "นักวิชาการเงินและบัญชีชำนาญการพิเศษ", null, null, "somchai",
        "ขอยืมเครื่องฉายภาพและเครื่องคอมพิวเตอร์โน้ตบุ๊ก", MemoRendererTest.ICT_DIRECTOR,
        "เพื่อใช้ในการประชุมชี้แจงการเบิกจ่ายงบประมาณแก่สถานศึกษา", null, "khwansiri", "รับคืนแล้ว",
        APPROVED_AT.minusDays(1), LocalDate.of(2026, 11, 27), 4, Set.of(), steps, List.of(), List.of(), null, loans,
        List.of(), List.of(), null);
  }

  @Test
  void theMemoPrintsTheDueDateTheReturnDateTheConditionAndWhoReceivedItBack() throws Exception {
    Memo memo = MemoComposer.compose(returnedLoan(), MemoRendererTest.OFFICE, MemoRendererTest.somchai());
    byte[] pdf = new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT).render(memo, true);
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("loan-golden.pdf");
    Files.write(file, pdf);
    String printed = MemoRendererTest.pdftotext(file);
    assertTrue(printed != null, "poppler-utils (pdftotext) is needed for the golden tests");
    Files.writeString(dir.resolve("loan-golden.txt"), printed);
    String text = printed.replaceAll("\\s+", " ");

    assertTrue(text.contains("ตั้งแต่วันที่ ๑ ธันวาคม ๒๕๖๙ ถึงวันที่ ๕ ธันวาคม ๒๕๖๙"), "the period asked:\n" + text);
    assertTrue(text.contains("บันทึกการส่งมอบและการรับคืนวัสดุอุปกรณ์"), text);
    assertTrue(text.contains("กำหนดยืม–คืน") && text.contains("สภาพเมื่อคืน"), text);
    String cells = raw(file).replaceAll("\\s+", " ");
    Files.writeString(dir.resolve("loan-golden-raw.txt"), cells);
    assertTrue(cells.contains("ยืม ๑ ธ.ค. ๒๕๖๙ คืน ๕ ธ.ค. ๒๕๖๙"), "the period and the due date:\n" + cells);
    assertTrue(cells.contains("ส่งมอบ ๑ ธ.ค. ๒๕๖๙ รับคืน ๘ ธ.ค. ๒๕๖๙ (เกินกำหนด ๓ วัน)"),
        "handed out, the return day and the lateness:\n" + cells);
    assertTrue(cells.replace(" ", "").contains("(เกินกำหนด๓วัน)ชำรุดสายชาร์จของเครื่องโน้ตบุ๊กสูญหาย"),
        "the condition on return, in the cell after the return day:\n" + cells);
    assertFalse(text.contains("๗ ธันวาคม") || text.contains("๗ ธ.ค."), "never the UTC day of the return:\n" + text);
    assertTrue(text.contains("ผู้ส่งมอบ นางขวัญศิริ กองช่าง เมื่อวันที่ ๑ ธันวาคม ๒๕๖๙"), text);
    assertTrue(text.contains("ผู้รับคืน นางขวัญศิริ กองช่าง เมื่อวันที่ ๘ ธันวาคม ๒๕๖๙"), text);
    assertTrue(cells.replace(" ", "").contains("หมายเลขครุภัณฑ์๗๔๔๐-๐๐๑-๐๐๓๑"),
        "an asset number is no form code: Thai digits by the one rule:\n" + cells);
    assertTrue(text.contains("F04 "), text);
    assertFalse(text.matches("(?s).*F[๐-๙].*"), "no Thai digit inside a form code:\n" + text);
    int record = text.indexOf("บันทึกการส่งมอบ");
    assertTrue(record > text.indexOf("การพิจารณา: อนุมัติ"), "the record follows the approval:\n" + text);
    assertTrue(text.indexOf("(นายสมชาย โกฎวิเชียร)", record) > 0, "the borrower signs the record:\n" + text);

    BufferedImage page = ImageIO.read(render(file, dir.resolve("loan-golden"), 60).toFile());
    assertTrue(page.getHeight() > page.getWidth(), "a portrait page");
  }

  @Test
  void aLoanNotYetBackSaysSoAndLeavesTheReceiverBlank() throws Exception {
    SubmissionView done = returnedLoan();
    List<LoanView> out = done.loans().stream().map(l -> new LoanView(l.id(), l.assetId(), l.assetNumber(),
        l.assetName(), l.from(), l.until(), l.handedOutOn(), null, null, null)).toList();
    SubmissionView lent = new SubmissionView(done.id(), done.form(), done.formName(), State.IN_PROGRESS,
        done.numberText(), done.unitCode(), done.requesterUid(), done.requesterName(), done.requesterPosition(), null,
        null, done.createdBy(), done.subject(), done.addressedTo(), done.body(), null, "khwansiri", null,
        done.createdAt(), done.submittedOn(), 3, Set.of(), done.steps().subList(0, 3), List.of(), List.of(), null, out,
        List.of(), List.of(), null);
    Memo memo = MemoComposer.compose(lent, MemoRendererTest.OFFICE, MemoRendererTest.somchai());
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("loan-golden-out.pdf");
    Files.write(file, new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT).render(memo, true));
    String text = MemoRendererTest.pdftotext(file).replaceAll("\\s+", " ");
    String cells = raw(file).replaceAll("\\s+", " ");
    assertTrue(cells.contains("ส่งมอบ ๑ ธ.ค. ๒๕๖๙ ยังไม่ได้คืน"), cells);
    assertFalse(text.contains("ผู้รับคืน นาง"), "nobody has received it back yet:\n" + text);
    assertFalse(text.contains("ชำรุด"), text);
  }

  /** pdftotext -raw: the text in the order it is drawn, so a table cell's lines stay together. */
  static String raw(Path pdf) throws Exception {
    Process p = new ProcessBuilder("/usr/bin/pdftotext", "-raw", pdf.toString(), "-").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    return out;
  }

  /** Poppler's render of the first page: prefix-1.png. */
  static Path render(Path pdf, Path prefix, int dpi) throws Exception {
    Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-r", String.valueOf(dpi), "-png", pdf.toString(),
        prefix.toString()).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    Path png = Path.of(prefix + "-1.png");
    assertTrue(Files.isRegularFile(png), png.toString());
    return png;
  }
}
