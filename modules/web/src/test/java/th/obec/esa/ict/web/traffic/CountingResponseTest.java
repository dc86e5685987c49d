package th.obec.esa.ict.web.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.platform.time.OfficeTime;

class CountingResponseTest {

  private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

  private HttpServletResponse response() {
    ServletOutputStream out = new ServletOutputStream() {
      @Override public void write(int b) { sent.write(b); }
      @Override public boolean isReady() { return true; }
      @Override public void setWriteListener(WriteListener l) { }
    };
    PrintWriter containers = new PrintWriter(new OutputStreamWriter(sent, StandardCharsets.UTF_8), false);
    return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
          case "getOutputStream" -> out;
          case "getWriter" -> containers;
          case "getCharacterEncoding" -> "UTF-8";
          default -> null;
        });
  }

  @Test
  void thaiTextWrittenThroughTheWriterIsCountedInBytesAndPassedOnToTheContainersWriter() throws Exception {
    CountingResponse r = new CountingResponse(response());
    PrintWriter w = r.getWriter();
    w.write("สวัสดี");
    w.write(" ok");
    w.flush();
    assertEquals("สวัสดี ok", sent.toString(StandardCharsets.UTF_8));
    assertEquals(sent.size(), r.bytes());
    assertEquals(18 + 3, r.bytes());
  }

  @Test
  void aSurrogatePairSplitOverTwoWritesIsEncodedWhole() throws Exception {
    CountingResponse r = new CountingResponse(response());
    PrintWriter w = r.getWriter();
    w.write("a\uD83D");
    w.write("\uDE00");
    w.flush();
    assertEquals("a\uD83D\uDE00", sent.toString(StandardCharsets.UTF_8));
    assertEquals(5, r.bytes());
  }

  @Test
  void everyWayOfWritingIsCountedAsTheEncoderWouldSendItAndAResetStartsAgain() throws Exception {
    CountingResponse r = new CountingResponse(response());
    PrintWriter w = r.getWriter();
    String text = "<a href=\"/x\">ไทย é \uD83D\uDE00</a>";
    w.print(text.toCharArray());
    w.write('!');
    w.write(text, 3, 10);
    w.flush();
    assertEquals(sent.size(), r.bytes());
    r.resetBuffer();
    w.write("ก");
    assertEquals(3, r.bytes());
  }

  @Test
  void bytesWrittenToTheStreamAreCountedAndAResetStartsAgain() throws Exception {
    CountingResponse r = new CountingResponse(response());
    r.getOutputStream().write(new byte[100], 0, 100);
    assertEquals(100, r.bytes());
    r.resetBuffer();
    r.getOutputStream().write(7);
    assertEquals(1, r.bytes());
  }

  @Test
  void aDayTypedByAnAuditorRunsFromMidnightToMidnightInThailand() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    assertEquals("2025-03-01T00:00+07:00", OfficeTime.startOf(d).toString());
    assertEquals("2025-03-02T00:00+07:00", OfficeTime.endOf(d).toString());
  }
}
