package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Downloaded documents kept beside the screenshots for people to look at, and their text as
 * Debian's pdftotext reads it (the way a person's PDF reader would find the words).
 */
final class Documents {

  private Documents() {}

  static Path keep(HttpResponse<byte[]> response, String fileName) throws Exception {
    assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    Path dir = Files.createDirectories(Path.of(System.getProperty("ict.it.screenshots", "target/screenshots")));
    Path file = dir.resolve(fileName);
    Files.write(file, response.body());
    return file;
  }

  static String pdfText(HttpResponse<byte[]> pdf, String name) throws Exception {
    Path file = keep(pdf, name + ".pdf");
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"), "a PDF: " + name);
    Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "pdftotext: " + text);
    Files.writeString(file.resolveSibling(name + ".txt"), text);
    return text;
  }
}
