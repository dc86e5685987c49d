package th.obec.esa.ict.records.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.pdf.ThaiFonts;
import th.obec.esa.ict.platform.signature.SignatureBlock;
import th.obec.esa.ict.records.common.Signature;
import th.obec.esa.ict.records.improvement.ImprovementReportRenderer;
import th.obec.esa.ict.records.study.StudyReportRenderer;

/**
 * Issue 15, the printed basis is the legal one: the F15 and F17 signature blocks come from the one
 * place, {@link SignatureBlock}. Golden: the rendered PDF's text (OpenPDF's extractor, and poppler's
 * pdftotext where installed) carries, after the signer's name and in this order, her own position,
 * the acting line exactly as the order prints it, and the basis line; for a stand-in,
 * "ปฏิบัติหน้าที่แทน ผู้อำนวยการกลุ่ม…" with the order and clause.
 */
class ReportSignatureGoldenTest {

  static final String ICT_DIRECTOR = "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร";
  static final String POSITION = "นักวิเคราะห์นโยบายและแผนชำนาญการ";

  /** นางนันทน์ภัส in her own right: her own position, then her acting role as order 275/2561 prints it. */
  static SignatureBlock actingRoleByOrder() {
    return SignatureBlock.of("นางนันทน์ภัส เกียรติมาพรศักดิ์", POSITION, "ปฏิบัติหน้าที่" + ICT_DIRECTOR,
        SignatureBlock.Kind.OWN, null, null);
  }

  /** นางขวัญศิริ standing in for the absent ICT director on clause 2.11 of the same order. */
  static SignatureBlock standIn() {
    return SignatureBlock.of("นางขวัญศิริ กองช่าง", POSITION, null, SignatureBlock.Kind.STAND_IN, ICT_DIRECTOR,
        "คำสั่งที่ 275/2561 ข้อ 2.11");
  }

  @Test
  void theF15PrintsTheActingRoleAsTheOrderDoesUnderHerOwnPosition() throws Exception {
    SignatureBlock b = actingRoleByOrder();
    byte[] pdf = StudyReportRenderer.render(ReportRenderTest.study(), b, ReportRenderTest.HEAD, ReportRenderTest.fonts());
    golden(pdf, "f15-signature-acting-role.pdf", List.of("(นางนันทน์ภัส เกียรติมาพรศักดิ์)", POSITION,
        "ปฏิบัติหน้าที่" + ICT_DIRECTOR), true);
  }

  @Test
  void theF15OfAStandInPrintsTheStandInWordingAndTheOrdersClause() throws Exception {
    byte[] pdf = StudyReportRenderer.render(ReportRenderTest.study(), standIn(), ReportRenderTest.HEAD,
        ReportRenderTest.fonts());
    golden(pdf, "f15-signature-stand-in.pdf", List.of("(นางขวัญศิริ กองช่าง)", POSITION,
        "ปฏิบัติหน้าที่แทน " + ICT_DIRECTOR, "ตามคำสั่งที่ 275/2561 ข้อ 2.11"), true);
  }

  @Test
  void theF17PrintsBothCasesTheSameWayAndKeepsThemThroughTheStoredSignature() throws Exception {
    // the record stores the block's lines (Signature) and prints them back: the same block
    SignatureBlock stored = Signature.of(standIn()).block();
    byte[] pdf = ImprovementReportRenderer.render(ReportRenderTest.improvement(), stored, ReportRenderTest.HEAD,
        ReportRenderTest.fonts());
    golden(pdf, "f17-signature-stand-in.pdf", List.of("(นางขวัญศิริ กองช่าง)", POSITION,
        "ปฏิบัติหน้าที่แทน " + ICT_DIRECTOR, "ตามคำสั่งที่ 275/2561 ข้อ 2.11"), true);
    ReportHead arabic = new ReportHead(ReportRenderTest.HEAD.officeName(), ReportRenderTest.HEAD.unitName(), false);
    byte[] own = ImprovementReportRenderer.render(ReportRenderTest.improvement(), actingRoleByOrder(), arabic,
        ReportRenderTest.fonts());
    golden(own, "f17-signature-acting-role.pdf", List.of("(นางนันทน์ภัส เกียรติมาพรศักดิ์)", POSITION,
        "ปฏิบัติหน้าที่" + ICT_DIRECTOR), false);
  }

  @Test
  void aDocumentIssuedBeforeTheBlockKeptItsActingLinePrintsNameAndPositionOnly() throws Exception {
    byte[] pdf = StudyReportRenderer.render(ReportRenderTest.study(), ReportRenderTest.HEAD, ReportRenderTest.fonts());
    String text = ReportRenderTest.withoutMarks(ReportRenderTest.extracted(pdf));
    assertTrue(text.contains(ReportRenderTest.withoutMarks("(นางนันทน์ภัส เกียรติมาพรศักดิ์)" + POSITION)), text);
    assertTrue(!text.contains(ReportRenderTest.withoutMarks("ปฏิบัติหน้าที่แทน")), text);
  }

  /** The expected lines follow one another right after the signature line, in both extractions. */
  private static void golden(byte[] pdf, String name, List<String> expected, boolean thaiDigits) throws Exception {
    var digits = ThaiFonts.digits(thaiDigits);
    String want = ReportRenderTest.withoutMarks(digits.apply(String.join("", expected)));
    String text = ReportRenderTest.withoutMarks(ReportRenderTest.extracted(pdf));
    String caption = ReportRenderTest.withoutMarks("ผู้รายงาน");
    int at = text.lastIndexOf(caption);
    assertTrue(at >= 0, text);
    assertTrue(text.substring(at + caption.length()).startsWith(want), "OpenPDF text after the caption:\n" + text);
    Path file = Path.of(System.getProperty("ict.pdf.sample.dir", "target")).resolve(name);
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.write(file, pdf);
    String poppler = ReportRenderTest.pdftotext(file);
    if (poppler != null) {
      String p = ReportRenderTest.withoutMarks(poppler);
      int pa = p.lastIndexOf(caption);
      assertTrue(pa >= 0 && p.substring(pa + caption.length()).startsWith(want), "pdftotext:\n" + poppler);
    }
  }
}
