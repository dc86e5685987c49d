package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 17 through the deployed EAR: the organisation administrator uploads the office's emblem on
 * ข้อมูลสำนักงาน (an SVG is refused next to the field, a PNG is taken), and a memo then prints it at
 * the top left, 1.5 cm high. The page, the memo and its render at 80 dpi are kept in
 * target/screenshots (issue17-*). The emblem is removed again at the end, on the page.
 */
class OfficeDocumentsIT {

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @Test
  void theAdministratorUploadsTheEmblemAndMemosPrintIt() throws Exception {
    Path dir = Files.createDirectories(Path.of(System.getProperty("ict.it.screenshots", "target/screenshots")));
    Path svg = dir.resolve("issue17-garuda.svg");
    Files.writeString(svg, "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>", StandardCharsets.UTF_8);
    Path png = dir.resolve("issue17-garuda.png");
    BufferedImage image = new BufferedImage(200, 220, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xB0, 0x20, 0x20));
    g.fillRect(0, 0, 200, 220);
    g.dispose();
    ImageIO.write(image, "png", png.toFile());

    Ui ui = browsers.signIn("nanphat").open("organization/office.xhtml");
    By fileInput = By.cssSelector("form#emblem input[type='file']");
    By upload = By.id("emblem:upload");
    try {
      ui.await(d -> !d.findElements(fileInput).isEmpty());
      ui.driver().findElement(fileInput).sendKeys(svg.toString());
      ui.click(upload);
      // the refusal is the field's own message, in Thai, beside the file input
      ui.waitText(By.xpath("//form[@id='emblem']//*[contains(@class,'ui-message-error')]"), "พิมพ์ลงบันทึกข้อความไม่ได้");
      ui.js("document.getElementById('emblem').scrollIntoView();");
      ui.screenshot("issue17-emblem-svg-refused.png");

      ui.await(d -> !d.findElements(fileInput).isEmpty());
      ui.driver().findElement(fileInput).sendKeys(png.toString());
      ui.click(upload);
      ui.waitText(By.id("emblem"), "issue17-garuda.png");
      ui.js("document.getElementById('emblem').scrollIntoView();");
      ui.screenshot("issue17-emblem-uploaded.png");
      ui.js("document.getElementById('documents').scrollIntoView();");
      ui.screenshot("issue17-letter-registers.png");

      Rest somchai = Rest.as(Deployed.base(), "somchai");
      Map<String, Object> body = new HashMap<>();
      body.put("form", "F03");
      body.put("subject", "แจ้งซ่อมเครื่องพิมพ์ " + RUN);
      body.put("body", "ขอให้ซ่อมเครื่องพิมพ์");
      body.put("describedItem", "เครื่องพิมพ์เลเซอร์");
      body.put("location", "ห้องประชุม");
      body.put("symptoms", "กระดาษติด");
      body.put("amount", 500);
      long id = ((Number) somchai.postOk("api/forms/submissions", body).get("id")).longValue();
      String text = Documents.pdfText(somchai.getBytes("api/forms/submissions/" + id + "/pdf"), "issue17-memo-" + RUN);
      assertTrue(text.contains("F03 "), "the form code in Arabic digits: " + text);
      assertFalse(text.matches("(?s).*F[๐-๙].*"), text);

      Path pdf = dir.resolve("issue17-memo-" + RUN + ".pdf");
      Process p = new ProcessBuilder("pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-png", pdf.toString(),
          dir.resolve("issue17-memo-" + RUN).toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0);
      BufferedImage page = ImageIO.read(dir.resolve("issue17-memo-" + RUN + "-1.png").toFile());
      int left = px(3.0);
      int top = px(1.5);
      assertEquals(0xB0, (page.getRGB(left + 4, top + 4) >> 16) & 0xff, 12, "the emblem at the top-left margin");
      assertEquals(0xB0, (page.getRGB(left + 4, top + px(1.5) - 4) >> 16) & 0xff, 12, "1.5 cm down");
      assertTrue(white(page.getRGB(left + 4, top + px(1.5) + 4)), "not more than 1.5 cm");
    } finally {
      Ui again = ui.open("organization/office.xhtml");
      if (!again.driver().findElements(By.id("emblem:remove")).isEmpty()) {
        again.click(By.id("emblem:remove"));
        again.waitText(By.id("emblem"), "ยังไม่ได้อัปโหลดตราครุฑ");
      }
    }
  }

  private static int px(double cm) {
    return (int) Math.round(cm / 2.54 * 80);
  }

  private static boolean white(int rgb) {
    return ((rgb >> 16) & 0xff) > 220 && ((rgb >> 8) & 0xff) > 220 && (rgb & 0xff) > 220;
  }
}
