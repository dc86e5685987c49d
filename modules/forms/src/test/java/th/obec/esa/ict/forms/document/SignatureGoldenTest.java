package th.obec.esa.ict.forms.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.forms.submission.StepView;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.Transition;

/**
 * Issue 15: the printed basis is the legal one. Each case renders a memo with the real Thai font,
 * reads it back with poppler's pdftotext and compares the approver's signature block line by line
 * with what the law words (golden text, Thai digits as printed). PDFs are left in target/signature-*.pdf
 * to look at.
 */
class SignatureGoldenTest {

  static final String ANALYST = "นักวิเคราะห์นโยบายและแผนชำนาญการ";
  static final String ORDER_ROLE = "ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";
  static final String DIRECTOR_TH = "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1";
  static final OffsetDateTime AT = OffsetDateTime.of(2025, 11, 4, 10, 15, 0, 0, ZoneOffset.ofHours(7));

  @Test
  void nanphatSignsHerOwnPositionAndTheOrdersActingLineNotThePost() throws Exception {
    List<String> block = approverBlock("own", new StepView(Transition.APPROVE, State.REVIEWED, State.APPROVED, "nanphat",
        "นางนันทน์ภัส เกียรติมาพรศักดิ์", ANALYST, null, null, null, null, BasisKind.OWN, AT, "อนุมัติ", ORDER_ROLE));
    assertBlock(List.of("(นางนันทน์ภัส เกียรติมาพรศักดิ์)", ANALYST,
        "ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
        "๔ พฤศจิกายน ๒๕๖๘"), block);
  }

  @Test
  void theStandInOfTheAreaDirectorPrintsรักษาราชการแทน() throws Exception {
    List<String> block = approverBlock("acting-head", new StepView(Transition.APPROVE, State.REVIEWED, State.APPROVED,
        "deputy", "นายรอง ทดสอบ", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1", "director",
        "นางสาวพนอ ทิพย์พิมลรัตน์", DIRECTOR_TH, "คำสั่งที่ 12/2568 ข้อ 1", BasisKind.ACTING_HEAD, AT, "อนุมัติ", null));
    assertBlock(List.of("(นายรอง ทดสอบ)", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต ๑",
        "รักษาราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต ๑", "ตามคำสั่งที่ ๑๒/๒๕๖๘ ข้อ ๑",
        "๔ พฤศจิกายน ๒๕๖๘"), block);
  }

  @Test
  void theStandInOfAUnitDirectorPrintsปฏิบัติหน้าที่แทนAndTheClause() throws Exception {
    List<String> block = approverBlock("stand-in", new StepView(Transition.APPROVE, State.REVIEWED, State.APPROVED,
        "khwansiri", "นางขวัญศิริ กองช่าง", ANALYST, "nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์",
        MemoRendererTest.ICT_DIRECTOR, "คำสั่งที่ 275/2561 ข้อ 1.10", BasisKind.STAND_IN, AT, "อนุมัติ", null));
    assertBlock(List.of("(นางขวัญศิริ กองช่าง)", ANALYST,
        "ปฏิบัติหน้าที่แทน ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
        "ตามคำสั่งที่ ๒๗๕/๒๕๖๑ ข้อ ๑.๑๐", "๔ พฤศจิกายน ๒๕๖๘"), block);
  }

  @Test
  void aDelegatePrintsปฏิบัติราชการแทนAndTheDelegation() throws Exception {
    List<String> block = approverBlock("delegation", new StepView(Transition.APPROVE, State.REVIEWED, State.APPROVED,
        "nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์", ANALYST, "director", "นางสาวพนอ ทิพย์พิมลรัตน์", DIRECTOR_TH,
        "การมอบอำนาจเลขที่ 1050 (คำสั่งที่ 312/2568)", BasisKind.DELEGATION, AT, "อนุมัติ", ORDER_ROLE));
    assertBlock(List.of("(นางนันทน์ภัส เกียรติมาพรศักดิ์)", ANALYST,
        "ปฏิบัติราชการแทน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต ๑",
        "ตามการมอบอำนาจเลขที่ ๑๐๕๐ (คำสั่งที่ ๓๑๒/๒๕๖๘)", "๔ พฤศจิกายน ๒๕๖๘"), block);
  }

  @Test
  void theSuperiorOnEscalationSignsInHerOwnNameWithWhoseDecisionItWas() throws Exception {
    List<String> block = approverBlock("escalation", new StepView(Transition.APPROVE, State.REVIEWED, State.APPROVED,
        "director", "นางสาวพนอ ทิพย์พิมลรัตน์", DIRECTOR_TH, null, null, null,
        "ในฐานะผู้บังคับบัญชาของ นางนันทน์ภัส เกียรติมาพรศักดิ์", BasisKind.ESCALATION, AT, "อนุมัติ", null));
    assertBlock(List.of("(นางสาวพนอ ทิพย์พิมลรัตน์)", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต ๑",
        "ในฐานะผู้บังคับบัญชาของ นางนันทน์ภัส เกียรติมาพรศักดิ์", "๔ พฤศจิกายน ๒๕๖๘"), block);
  }

  /**
   * The block as printed: the lines in this order, each word as expected. A long title wraps inside
   * the signature column (Thai memos wrap it too), so the printed lines are compared joined, without
   * the spaces and line ends the wrapping adds or removes.
   */
  private static void assertBlock(List<String> expected, List<String> printed) {
    assertEquals(squeeze(String.join("", expected)), squeeze(String.join("", printed)),
        "printed:\n" + String.join("\n", printed));
    String joined = squeeze(String.join("", printed));
    int at = 0;
    for (String line : expected) {
      int found = joined.indexOf(squeeze(line), at);
      assertTrue(found >= at, "'" + line + "' in order in:\n" + String.join("\n", printed));
      at = found + squeeze(line).length();
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** Renders the memo with this approval step and returns the lines of its approval signature block. */
  private static List<String> approverBlock(String name, StepView approval) throws Exception {
    SubmissionView base = MemoRendererTest.approvedRepair();
    List<StepView> steps = new ArrayList<>(base.steps().subList(0, 2));
    steps.add(approval);
    SubmissionView s = new SubmissionView(base.id(), base.form(), base.formName(), base.state(), base.numberText(),
        base.unitCode(), base.requesterUid(), base.requesterName(), base.requesterPosition(), base.contactSchool(),
        base.contactPhone(), base.createdBy(), base.subject(), base.addressedTo(), base.body(), base.amount(),
        base.assigneeUid(), base.outcome(), base.createdAt(), base.submittedOn(), base.version(), base.next(), steps,
        base.attachments(), base.workLog(), base.repair(), base.loans(), base.reminders(), base.useLines(), base.action());
    byte[] pdf = new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT)
        .render(MemoComposer.compose(s, MemoRendererTest.OFFICE, MemoRendererTest.somchai()), true);
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("signature-" + name + ".pdf");
    Files.write(file, pdf);
    String text = MemoRendererTest.pdftotext(file);
    assertTrue(text != null, "poppler-utils (pdftotext) is needed for the golden tests");
    List<String> lines = Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    int heading = lines.indexOf("การพิจารณา: อนุมัติ");
    assertFalse(heading < 0, text);
    List<String> block = new ArrayList<>();
    boolean started = false;
    for (String l : lines.subList(heading + 1, lines.size())) {
      if (l.startsWith("(ลงชื่อ)")) {
        started = true;
        continue;
      }
      if (started) {
        if (l.startsWith("F03") || l.startsWith("นางขวัญศิริ กองช่าง ปฏิบัติ") || l.contains(" ปฏิบัติหน้าที่แทน นาง")
            || l.contains(" ปฏิบัติราชการแทน นาง") || l.contains(" รักษาราชการแทน นาง")) {
          break;
        }
        block.add(l);
        if (l.matches("[๐-๙]+ \\S+ [๐-๙]{4}")) {
          break;
        }
      }
    }
    return block;
  }
}
