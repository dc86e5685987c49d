package th.obec.esa.ict.forms.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.forms.action.ActionKind;
import th.obec.esa.ict.forms.action.ActionRequest;
import th.obec.esa.ict.forms.catalog.FormCode;
import th.obec.esa.ict.forms.port.BasisKind;
import th.obec.esa.ict.forms.submission.StepView;
import th.obec.esa.ict.forms.submission.SubmissionView;
import th.obec.esa.ict.forms.workflow.State;
import th.obec.esa.ict.forms.workflow.Transition;

/**
 * Issue 17, the official memo for a fixed case: an F05 filed and approved 30 minutes after midnight
 * in Bangkok on 6 December 2569 (still 5 December in UTC), numbered ศธ 04086/12, with the office's
 * emblem. Its text (pdftotext) shows the number and the Bangkok dates in Thai digits and the form
 * code in Arabic digits; the emblem is drawn 1.5 cm high at the top left. The PDF and its render
 * (target/memo-golden-1.png, 80 dpi) are kept for a person to look at.
 */
class OfficialMemoGoldenTest {

  /** 00:30 on 6 December 2026 in Bangkok, 17:30 on 5 December in UTC, as the database may hand it back. */
  static final OffsetDateTime JUST_AFTER_MIDNIGHT = OffsetDateTime.of(2026, 12, 5, 17, 30, 0, 0, ZoneOffset.UTC);

  static SubmissionView installRequest() {
    OffsetDateTime at = JUST_AFTER_MIDNIGHT;
    List<StepView> steps = List.of(
        new StepView(Transition.SUBMIT, State.DRAFT, State.SUBMITTED, "somchai", "นายสมชาย โกฎวิเชียร",
            "นักวิชาการเงินและบัญชีชำนาญการพิเศษ", null, null, null, null, BasisKind.OWN, at, null),
        new StepView(Transition.APPROVE, State.SUBMITTED, State.APPROVED, "nanphat", "นางนันทน์ภัส เกียรติมาพรศักดิ์",
            "นักวิเคราะห์นโยบายและแผนชำนาญการ", null, null, null, null, BasisKind.OWN, at.plusMinutes(5), "อนุมัติ"));
    return new SubmissionView(2001L, FormCode.F05, FormCode.F05.thaiName(), State.APPROVED, "ศธ 04086/12", "FIN",
        "somchai", "นายสมชาย โกฎวิเชียร", "นักวิชาการเงินและบัญชีชำนาญการพิเศษ", null, null, "somchai",
        "ขอให้ติดตั้งเครื่องพิมพ์ 2 เครื่อง", MemoRendererTest.ICT_DIRECTOR,
        "เพื่อใช้พิมพ์เอกสารการเงินของกลุ่ม จำนวน 2 เครื่อง", new BigDecimal("3500.00"), null, null, at, null, 2,
        Set.of(), steps, List.of(), List.of(), null, List.of(), List.of(), List.of(),
        new ActionRequest(ActionKind.INSTALL, "ห้องกลุ่มบริหารงานการเงินและสินทรัพย์ ชั้น 2", null));
  }

  /** A stand-in emblem drawn here (no real Garuda can be fetched): a gold shape on a transparent ground, 300 × 330 px. */
  static byte[] emblemPng() throws Exception {
    BufferedImage image = new BufferedImage(300, 330, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xB0, 0x20, 0x20));
    g.fillRect(0, 0, 300, 330);
    g.setColor(new Color(0xE0, 0xB0, 0x20));
    g.fillOval(40, 20, 220, 220);
    g.setStroke(new BasicStroke(16));
    g.drawLine(150, 200, 150, 320);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void theMemoPrintsItsNumberTheBangkokDateTheArabicFormCodeAndTheEmblem() throws Exception {
    Memo memo = MemoComposer.compose(installRequest(), MemoRendererTest.OFFICE, MemoRendererTest.somchai());
    byte[] pdf = new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT).render(memo, true, emblemPng());
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("memo-golden.pdf");
    Files.write(file, pdf);

    String printed = MemoRendererTest.pdftotext(file);
    assertTrue(printed != null, "poppler-utils (pdftotext) is needed for the golden tests");
    Files.writeString(dir.resolve("memo-golden.txt"), printed);
    String text = printed.replaceAll("[ \\t]+", " ");
    assertTrue(text.contains("ที่ ศธ ๐๔๐๘๖/๑๒"), text);
    assertTrue(text.contains("วันที่ ๖ ธันวาคม ๒๕๖๙"), "the Bangkok day, not the UTC one:\n" + text);
    assertFalse(text.contains("๕ ธันวาคม"), "no date of the UTC day:\n" + text);
    assertTrue(text.contains("F05 "), "the form code keeps its Arabic digits:\n" + text);
    assertFalse(text.matches("(?s).*F[๐-๙].*"), "no Thai digit inside a form code:\n" + text);
    assertTrue(text.contains("๒ เครื่อง"), "other digits are Thai:\n" + text);

    Path png = render(file, dir.resolve("memo-golden"));
    BufferedImage page = ImageIO.read(png.toFile());
    // 80 dpi: 1 cm = 31.5 px. Left margin 3 cm, top margin 1.5 cm; the emblem is 1.5 cm high.
    int left = px(3.0);
    int top = px(1.5);
    int height = px(1.5);
    assertTrue(coloured(page.getRGB(left + 3, top + 3)), "the emblem starts at the top-left margin");
    assertTrue(coloured(page.getRGB(left + 3, top + height - 3)), "and reaches 1.5 cm down");
    assertFalse(coloured(page.getRGB(left + 3, top - 4)), "nothing above it");
    assertFalse(coloured(page.getRGB(left + 3, top + height + 4)), "nothing below it: it is 1.5 cm high, not more");
    assertFalse(coloured(page.getRGB(left - 4, top + height / 2)), "nothing left of the margin");
  }

  @Test
  void withoutAnEmblemTheTopLeftStaysBlank() throws Exception {
    Memo memo = MemoComposer.compose(installRequest(), MemoRendererTest.OFFICE, MemoRendererTest.somchai());
    byte[] pdf = new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT).render(memo, true, null);
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("memo-golden-no-emblem.pdf");
    Files.write(file, pdf);
    BufferedImage page = ImageIO.read(render(file, dir.resolve("memo-golden-no-emblem")).toFile());
    for (int y = px(1.5); y < px(3.0); y += 2) {
      for (int x = px(3.0); x < px(4.4); x += 2) {
        assertFalse(coloured(page.getRGB(x, y)), "blank at " + x + "," + y);
      }
    }
  }

  @Test
  void arabicDigitsWhenTheOfficeSaysSo() throws Exception {
    Memo memo = MemoComposer.compose(installRequest(), MemoRendererTest.OFFICE, MemoRendererTest.somchai());
    byte[] pdf = new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT).render(memo, false, null);
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("memo-golden-arabic.pdf");
    Files.write(file, pdf);
    String text = MemoRendererTest.pdftotext(file).replaceAll("[ \\t]+", " ");
    assertTrue(text.contains("ที่ ศธ 04086/12"), text);
    assertTrue(text.contains("วันที่ 6 ธันวาคม 2569"), text);
    assertTrue(text.contains("F05 "), text);
  }

  @Test
  void anF05PrintsTheDayItIsWantedBy() throws Exception {
    SubmissionView s = installRequest();
    SubmissionView wanted = new SubmissionView(s.id(), s.form(), s.formName(), s.state(), s.numberText(), s.unitCode(),
        s.requesterUid(), s.requesterName(), s.requesterPosition(), null, null, s.createdBy(), s.subject(),
        s.addressedTo(), s.body(), s.amount(), null, null, s.createdAt(), null, s.version(), s.next(), s.steps(),
        List.of(), List.of(), null, List.of(), List.of(), List.of(),
        new ActionRequest(ActionKind.INSTALL, "ห้องกลุ่มบริหารงานการเงินและสินทรัพย์ ชั้น 2", java.time.LocalDate.of(2026, 12, 15)));
    Memo memo = MemoComposer.compose(wanted, MemoRendererTest.OFFICE, MemoRendererTest.somchai());
    Path dir = Path.of(System.getProperty("ict.pdf.sample.dir", "target"));
    Files.createDirectories(dir);
    Path file = dir.resolve("memo-golden-wanted.pdf");
    Files.write(file, new MemoRenderer(MemoRenderer.DEFAULT_FONT, MemoRenderer.DEFAULT_BOLD_FONT).render(memo, true));
    String text = MemoRendererTest.pdftotext(file).replaceAll("\\s+", " ");
    assertTrue(text.contains("ภายในวันที่ ๑๕ ธันวาคม ๒๕๖๙"), "the day it is wanted by:\n" + text);
  }

  private static int px(double cm) {
    return (int) Math.round(cm / 2.54 * 80);
  }

  /** Not white or near it: ink of the emblem (or text). */
  private static boolean coloured(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    return r + g + b < 3 * 200;
  }

  /** Poppler's render of the first page at 80 dpi: prefix-1.png. */
  private static Path render(Path pdf, Path prefix) throws Exception {
    Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-png", pdf.toString(),
        prefix.toString()).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    Path png = Path.of(prefix + "-1.png");
    assertTrue(Files.isRegularFile(png), png.toString());
    return png;
  }
}
