package th.obec.esa.ict.forms.spec;

import th.obec.esa.ict.forms.api.CommitteeRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.document.Memo;
import th.obec.esa.ict.forms.document.MemoRenderer;

/**
 * Issue 17, the F07 for a fixed case: a notebook of the March 2566 edition with three spec lines,
 * three offers (the cheapest fails line 1.2, the second leaves 1.3 unanswered, the third is chosen),
 * a committee of three and the head of procurement of order 275/2561 (นายสมชาย, duty 1.5). The
 * comparison prints as a table on a landscape page: rows the spec lines, columns the offers, each
 * cell the verdict, then the prices and the outcome, the chosen offer marked; under it the
 * committee's signature lines and the head of procurement's. Kept: target/f07-golden.pdf, its
 * text, and the 60-dpi renders target/f07-golden-N.png.
 */
class ComparisonGoldenTest {

  static ComparisonView comparison() {
    SpecItemView item = new SpecItemView(10, 1, 1, "11", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน", "เครื่อง", 2,
        new BigDecimal("19000.00"), new BigDecimal("21000.00"), new BigDecimal("42000.00"), true,
        SpecMemoComposerTest.REASON,
        List.of(new SpecLineView(20, 1, "มีหน้าจอขนาดไม่น้อยกว่า 14 นิ้ว", null, Deviation.AS_CATALOGUE, null),
            new SpecLineView(21, 2, "มีหน่วยความจำหลักไม่น้อยกว่า 16 GB", "มีหน่วยความจำหลักไม่น้อยกว่า 8 GB",
                Deviation.EDITED, "งานบัญชีใช้หน่วยความจำมาก"),
            new SpecLineView(22, 3, "มีหน่วยจัดเก็บข้อมูลชนิด SSD ขนาดไม่น้อยกว่า 512 GB", null, Deviation.AS_CATALOGUE,
                null),
            new SpecLineView(23, 4, "มีช่องเชื่อมต่อแบบ VGA", null, Deviation.REMOVED, "อุปกรณ์ใหม่ใช้ HDMI")));
    SpecView spec = new SpecView(SpecMemoComposerTest.submission(1, FormCode.F06, "ศธ 04086/7"), 1, "มีนาคม 2566",
        new BigDecimal("42000.00"), new BigDecimal("38000.00"), List.of(item), List.of());
    OfferView cheap = new OfferView(1, 1, "บริษัท ถูกที่สุด จำกัด", 1, new BigDecimal("17000"), new BigDecimal("34000.00"),
        null, false, false, true, List.of(new AnswerView(1, "", Answer.MEETS, null),
            new AnswerView(2, "", Answer.DOES_NOT_MEET, "8 GB"), new AnswerView(3, "", Answer.MEETS, null)), List.of(2));
    OfferView partial = new OfferView(2, 2, "ร้านไม่ครบ", 1, new BigDecimal("19500"), new BigDecimal("39000.00"), null,
        false, false, false, List.of(new AnswerView(1, "", Answer.MEETS, null),
            new AnswerView(2, "", Answer.MEETS, null), new AnswerView(3, "", null, null)), List.of(3));
    OfferView chosen = new OfferView(3, 3, "ห้างหุ้นส่วน ตรงสเปก", 1, new BigDecimal("20500"), new BigDecimal("41000.00"),
        "ส่งภายใน 30 วัน", true, true, false, List.of(new AnswerView(1, "", Answer.EXCEEDS, "15.6 นิ้ว"),
            new AnswerView(2, "", Answer.MEETS, null), new AnswerView(3, "", Answer.MEETS, null)), List.of());
    List<CommitteeMemberView> committee = List.of(
        new CommitteeMemberView(1, "nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์", "นักวิเคราะห์นโยบายและแผนชำนาญการ",
            CommitteeRole.CHAIR),
        new CommitteeMemberView(2, "silpachai", "นายศิลปชัย เผือกขำ", "นิติกรชำนาญการ", CommitteeRole.MEMBER),
        new CommitteeMemberView(3, "khwansiri", "นางขวัญศิริ กองช่าง", "นักวิเคราะห์นโยบายและแผนชำนาญการ",
            CommitteeRole.SECRETARY));
    CommitteeMemberView head = new CommitteeMemberView(0, "somchai", "นายสมชาย โกฎวิเชียร",
        "นักวิชาการเงินและบัญชีชำนาญการพิเศษ ปฏิบัติหน้าที่ ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์", null);
    return new ComparisonView(SpecMemoComposerTest.submission(2, FormCode.F07, "ศธ 04086/9"), spec,
        List.of(new ComparisonItemView(item, List.of(cheap, partial, chosen), chosen)), new BigDecimal("41000.00"),
        committee, head);
  }

  @Test
  void theComparisonPrintsAsATableWithTheChosenOfferAndTheCommitteesSignatures() throws Exception {
    Memo memo = SpecMemoComposer.comparison(comparison(), SpecMemoComposerTest.OFFICE, null);
    byte[] pdf = new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT).render(memo, true);
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("f07-golden.pdf");
    Files.write(file, pdf);
    String raw = poppler(file, "-raw");
    Files.writeString(dir.resolve("f07-golden.txt"), raw);
    String text = raw.replaceAll("\\s+", " ");
    String joined = text.replace(" ", "");

    assertTrue(text.contains("ตารางสรุปเปรียบเทียบคุณสมบัติ"), text);
    assertTrue(joined.contains("ผู้เสนอราคาที่๑บริษัทถูกที่สุดจำกัด") && joined.contains("ผู้เสนอราคาที่๒ร้านไม่ครบ")
        && joined.contains("ผู้เสนอราคาที่๓ห้างหุ้นส่วนตรงสเปก(ได้รับการคัดเลือก)"), "one column per offer, the chosen marked:\n" + text);
    // Row 1.2, its three cells in column order: does not meet (8 GB), meets, meets.
    assertTrue(joined.contains("๑.๒มีหน่วยความจำหลักไม่น้อยกว่า๑๖GBไม่ตรงตามคุณลักษณะ(๘GB)ตรงตามคุณลักษณะตรงตามคุณลักษณะ"),
        "the line's verdict per offer:\n" + text);
    assertTrue(joined.contains("๑.๑มีหน้าจอขนาดไม่น้อยกว่า๑๔นิ้วตรงตามคุณลักษณะตรงตามคุณลักษณะสูงกว่าคุณลักษณะ(๑๕.๖นิ้ว)"),
        "exceeds, with the vendor's note:\n" + text);
    assertTrue(joined.contains("ตรงตามคุณลักษณะไม่ได้ระบุตรงตามคุณลักษณะ"), "an unanswered line says so:\n" + text);
    assertFalse(joined.contains("๑.๔มีช่องเชื่อมต่อแบบVGA"), "a removed line is no row:\n" + text);
    assertTrue(joined.contains("ราคาต่อหน่วย(บาท)๑๗,๐๐๐.๐๐๑๙,๕๐๐.๐๐๒๐,๕๐๐.๐๐"), "the prices per offer:\n" + text);
    assertTrue(joined.contains("รวมเป็นเงิน๒เครื่อง(บาท)๓๔,๐๐๐.๐๐๓๙,๐๐๐.๐๐๔๑,๐๐๐.๐๐"), text);
    assertTrue(joined.contains("ผลการพิจารณาไม่ผ่านคุณลักษณะข้อ๑.๒ราคาต่ำสุดไม่ผ่านคุณลักษณะข้อ๑.๓ผ่านคุณลักษณะได้รับการคัดเลือก"),
        "the outcome per offer:\n" + text);
    assertTrue(joined.contains("คณะกรรมการเห็นควรจัดซื้อจากห้างหุ้นส่วนตรงสเปก"), text);

    // Each signature is a cell of its own: its lines follow each other in the raw text.
    assertTrue(joined.contains("(นางนันทน์ภัสเกียรติมาพรศักดิ์)นักวิเคราะห์นโยบายและแผนชำนาญการประธานกรรมการ"), text);
    assertTrue(joined.contains("(นายศิลปชัยเผือกขำ)นิติกรชำนาญการกรรมการ"), text);
    assertTrue(joined.contains("(นางขวัญศิริกองช่าง)นักวิเคราะห์นโยบายและแผนชำนาญการกรรมการและเลขานุการ"), text);
    assertTrue(joined.contains("หัวหน้าเจ้าหน้าที่(นายสมชายโกฎวิเชียร)นักวิชาการเงินและบัญชีชำนาญการพิเศษ"
        + "ปฏิบัติหน้าที่ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์"), "the head of procurement's block:\n" + text);
    // The order on paper (pdftotext's reading order): table, committee, the head of procurement.
    String layout = poppler(file).replaceAll("\\s+", "");
    Files.writeString(dir.resolve("f07-golden-layout.txt"), poppler(file));
    int table = layout.indexOf("ตารางสรุปเปรียบเทียบคุณสมบัติแนบท้ายบันทึกที่");
    int chosen = layout.indexOf("ได้รับการคัดเลือก", table);
    int chair = layout.indexOf("(นางนันทน์ภัสเกียรติมาพรศักดิ์)", table);
    int headView = layout.indexOf("ความเห็นของหัวหน้าเจ้าหน้าที่", chair);
    int somchai = layout.indexOf("(นายสมชายโกฎวิเชียร)", headView);
    assertTrue(table > 0 && chosen > table && chair > chosen && headView > chair && somchai > headView,
        "table " + table + ", chosen " + chosen + ", committee " + chair + ", head " + headView + "/" + somchai);
    assertTrue(text.contains("F07 "), text);
    assertFalse(text.matches("(?s).*F[๐-๙].*"), "no Thai digit inside a form code:\n" + text);

    int pages = 0;
    for (int n = 1; Files.exists(render(file, dir.resolve("f07-golden"), n)); n++) {
      pages = n;
    }
    BufferedImage first = ImageIO.read(dir.resolve("f07-golden-1.png").toFile());
    assertTrue(first.getHeight() > first.getWidth(), "the memo is portrait");
    assertTrue(pages >= 2, "memo and table");
    for (int n = 2; n <= pages; n++) {
      String page = poppler(file, "-f", String.valueOf(n), "-l", String.valueOf(n)).replaceAll("\\s+", "");
      BufferedImage png = ImageIO.read(dir.resolve("f07-golden-" + n + ".png").toFile());
      if (page.contains("ตารางสรุปเปรียบเทียบคุณสมบัติแนบท้ายบันทึกที่") || page.contains("ประธานกรรมการ")) {
        assertTrue(png.getWidth() > png.getHeight(), "the table and the committee are on landscape pages: page " + n);
      }
    }
  }

  @Test
  void aComparisonFiledBeforeCommitteesPrintsItsTableWithoutSignatureLines() throws Exception {
    ComparisonView c = comparison();
    ComparisonView old = new ComparisonView(c.submission(), c.spec(), c.items(), c.total());
    Memo memo = SpecMemoComposer.comparison(old, SpecMemoComposerTest.OFFICE, null);
    Path file = Path.of("target", "f07-golden-old.pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT).render(memo, true));
    String joined = poppler(file, "-raw").replaceAll("\\s+", "");
    assertTrue(joined.contains("ตารางสรุปเปรียบเทียบคุณสมบัติ"), joined);
    assertFalse(joined.contains("ประธานกรรมการ"), joined);
    assertFalse(joined.contains("หัวหน้าเจ้าหน้าที่"), joined);
  }

  static String poppler(Path pdf, String... options) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/pdftotext"));
    command.addAll(List.of(options));
    command.add(pdf.toString());
    command.add("-");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  /** Poppler's 60-dpi render of page n: prefix-n.png; returns the file (absent past the last page). */
  static Path render(Path pdf, Path prefix, int page) throws Exception {
    Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-r", "60", "-f", String.valueOf(page), "-l",
        String.valueOf(page), "-png", pdf.toString(), prefix.toString()).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return Path.of(prefix + "-" + page + ".png");
  }
}
