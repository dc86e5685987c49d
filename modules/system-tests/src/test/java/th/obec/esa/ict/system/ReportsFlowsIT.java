package th.obec.esa.ict.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The F21 for fiscal year 2569, produced without typing a figure: the ICT officer imports the
 * office's paper register of that year (the sample in docs/samples), and every figure of the
 * report is checked here against counts made from the same file, not against numbers written
 * into the test. Importing the same file again is refused row by row. The register of 2569 is
 * imported once, by whichever test needs it first ({@link #register2569()}).
 */
class ReportsFlowsIT {

  private static final Path REGISTER = Path.of("../../docs/samples/register-2569.csv");
  private static HttpResponse<String> firstImport;

  @RegisterExtension
  final Browsers browsers = new Browsers();

  /**
   * Imports the sample register of 2569 unless this run already did, and answers the first
   * import's response: 200 with the count, or, on a server that had it from before, 422 with
   * every row already recorded.
   */
  private static synchronized HttpResponse<String> register2569() throws Exception {
    if (firstImport == null) {
      firstImport = Rest.as(base(), "khwansiri").send("POST", "api/forms/register", "text/csv",
          Files.readAllBytes(REGISTER));
    }
    return firstImport;
  }

  private static URI base() {
    return Deployed.base();
  }

  @Test
  void theF21Of2569CountsTheImportedRegister() throws Exception {
    byte[] csv = Files.readAllBytes(REGISTER);
    List<Map<String, String>> rows = rows(new String(csv, StandardCharsets.UTF_8));
    HttpResponse<String> imported = register2569();
    if (imported.statusCode() == 200) {
      assertEquals(rows.size(), ((Number) Rest.map(imported.body()).get("imported")).intValue(), imported.body());
    } else {
      assertEquals(422, imported.statusCode(), imported.body());
      assertEquals(rows.size(), ((List<?>) Rest.map(imported.body()).get("rows")).size(),
          "a server that had the register from before refuses every row: " + imported.body());
    }

    Map<String, int[]> expected = new HashMap<>();
    BigDecimal parts = BigDecimal.ZERO;
    for (Map<String, String> r : rows) {
      int[] c = expected.computeIfAbsent(r.get("form"), k -> new int[4]);
      c[0]++;
      switch (r.get("outcome")) {
        case "เสร็จสิ้น", "DONE" -> c[1]++;
        case "ไม่อนุมัติ", "REJECTED" -> c[2]++;
        default -> c[3]++;
      }
      if (!r.getOrDefault("parts_cost", "").isBlank()) {
        parts = parts.add(new BigDecimal(r.get("parts_cost").replace(",", "")));
      }
    }

    Map<String, Object> report = Rest.as(base(), "director").getOk("api/reports/yearly/2569");
    Map<?, ?> requests = (Map<?, ?>) report.get("requests");
    int total = 0;
    for (Object o : (List<?>) requests.get("lines")) {
      Map<?, ?> line = (Map<?, ?>) o;
      int[] c = expected.get(line.get("formCode"));
      String form = String.valueOf(line.get("formCode"));
      assertEquals(c[0], ((Number) line.get("received")).intValue(), form + " received");
      assertEquals(c[1], ((Number) line.get("completed")).intValue(), form + " done");
      assertEquals(c[2], ((Number) line.get("rejected")).intValue(), form + " rejected");
      assertEquals(c[3], ((Number) line.get("returned")).intValue(), form + " returned or withdrawn");
      total += c[0];
    }
    assertEquals(expected.size(), ((List<?>) requests.get("lines")).size(), "one line per form in the register");
    assertEquals(rows.size(), total);
    Map<?, ?> repairs = (Map<?, ?>) ((Map<?, ?>) report.get("services")).get("repairs");
    assertEquals(0, parts.compareTo(new BigDecimal(String.valueOf(repairs.get("partsCost")))), "parts cost " + repairs);

    Rest director = Rest.as(base(), "director");
    String text = Documents.pdfText(director.getBytes("api/reports/yearly/2569/pdf"), "issue9-f21-2569");
    String thaiTotal = toThai(String.valueOf(rows.size()));
    assertTrue(text.contains("F21") && text.contains(thaiTotal), "the F21 names the " + thaiTotal + " requests: " + text);
    Documents.keep(director.getBytes("api/reports/yearly/2569/xlsx"), "issue9-f21-2569.xlsx");

    HttpResponse<String> again = Rest.as(base(), "khwansiri").send("POST", "api/forms/register", "text/csv", csv);
    assertEquals(422, again.statusCode(), again.body());
    List<?> rejected = (List<?>) Rest.map(again.body()).get("rows");
    assertEquals(rows.size(), rejected.size(), "every row reported as already recorded");
    assertTrue(again.body().contains("forms.register.alreadyRecorded"), again.body());
    HttpResponse<String> staff = Rest.as(base(), "sinlapachai").send("POST", "api/forms/register", "text/csv", csv);
    assertEquals(403, staff.statusCode(), "only the ICT group imports: " + staff.body());
  }

  @Test
  void theF21Of2569CountsLastYearsF01ReturnsImportedWithTheirDates() throws Exception {
    Rest khwansiri = Rest.as(base(), "khwansiri");
    LocalDate due = LocalDate.of(2026, 6, 10);
    Map<String, Object> round = new HashMap<>();
    round.put("system", "EMIS");
    round.put("label", "ข้อมูลสารสนเทศเพื่อการบริหาร ณ 10 มิถุนายน 2569");
    round.put("dueDate", due.toString());
    Map<String, Object> created = khwansiri.postOk("api/records/rounds", Map.of("round", round, "submitters", List.of()));
    long id = ((Number) ((Map<?, ?>) created.get("summary")).get("id")).longValue();
    String csv = "school_code,name,submitted_at\n"
        + "1057020001,โรงเรียนบ้านเขาดิน,05/06/2569\n"
        + "1057020002,โรงเรียนบ้านทุ่งคา,10/06/2569\n"
        + "1057020003,โรงเรียนวัดเขาแก้ว,12/06/2569\n"
        + "1057020004,โรงเรียนบ้านห้วยแห้ง,\n";
    HttpResponse<String> imported = khwansiri.send("POST", "api/records/rounds/" + id + "/import", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.statusCode(), imported.body());
    int onTime = 0;
    int late = 0;
    int missing = 0;
    for (Map<String, String> r : rows(csv)) {
      String sent = r.get("submitted_at");
      if (sent.isBlank()) {
        missing++;
      } else {
        String[] d = sent.split("/");
        LocalDate day = LocalDate.of(Integer.parseInt(d[2]) - 543, Integer.parseInt(d[1]), Integer.parseInt(d[0]));
        if (day.isAfter(due)) {
          late++;
        } else {
          onTime++;
        }
      }
    }
    Map<String, Object> report = Rest.as(base(), "director").getOk("api/reports/yearly/2569");
    Map<?, ?> emis = null;
    for (Object o : (List<?>) ((Map<?, ?>) report.get("returns")).get("rows")) {
      if ("EMIS".equals(((Map<?, ?>) o).get("system"))) {
        emis = (Map<?, ?>) o;
      }
    }
    assertTrue(emis != null, "the F21 of 2569 has the EMIS returns: " + report.get("returns"));
    assertEquals(4, ((Number) emis.get("expected")).intValue(), emis.toString());
    assertEquals(onTime, ((Number) emis.get("onTime")).intValue(), emis.toString());
    assertEquals(late, ((Number) emis.get("late")).intValue(), emis.toString());
    assertEquals(missing, ((Number) emis.get("overdue")).intValue(), "due in June 2569, never sent: " + emis);
  }

  @Test
  void aDirectorReadsTheF21PageAndTheProcessesCases() throws Exception {
    int status = register2569().statusCode();
    assertTrue(status == 200 || status == 422, "the register of 2569 is there");
    Ui ui = browsers.signIn("director").open("reports/yearly.xhtml");
    ui.visible(By.id("yearly:year_input"));
    ui.click(By.id("yearly:show")).visible(By.id("yearly:requests"));
    String narrative = ui.text(By.cssSelector(".rpt-narrative"));
    assertTrue(narrative.contains("2569") && narrative.contains("เรื่อง"), narrative);
    ui.screenshot("issue9-f21-page.png");

    ui.open("reports/process.xhtml?n=6");
    assertTrue(ui.text(By.id("cases")).contains("F03"), "the repairs of the register are cases of process 6");
    ui.screenshot("issue9-process-6.png");
    ui.open("reports/processes.xhtml").visible(By.id("processes"));
    ui.screenshot("issue9-processes.png");
    HttpResponse<String> future = Rest.as(base(), "director").get("api/reports/yearly/2999");
    assertEquals(422, future.statusCode(), future.body());
    assertTrue(future.body().contains("reports.year.future"), future.body());
  }

  // ---------------------------------------------------------------- helpers

  /** The register's rows by column name (a plain CSV reader: quoted fields may hold commas). */
  static List<Map<String, String>> rows(String csv) {
    List<String> lines = csv.replace("\uFEFF", "").lines().filter(l -> !l.isBlank()).toList();
    List<String> header = fields(lines.get(0));
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = fields(line);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i).trim(), i < f.size() ? f.get(i).trim() : "");
      }
      out.add(row);
    }
    return out;
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static String toThai(String digits) {
    StringBuilder sb = new StringBuilder();
    for (char c : digits.toCharArray()) {
      sb.append(Character.isDigit(c) ? (char) ('๐' + (c - '0')) : c);
    }
    return sb.toString();
  }
}
