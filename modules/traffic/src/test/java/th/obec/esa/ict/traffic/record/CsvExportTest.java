package th.obec.esa.ict.traffic.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.traffic.chain.ChainHash;
import th.obec.esa.ict.traffic.chain.ChainRow;
import th.obec.esa.ict.traffic.api.TrafficEntry;

class CsvExportTest {

  @Test
  void theZipHoldsTheCsvAndAChecksumFileThatSha256sumAccepts() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrafficEntry e = TrafficEntry.request(java.time.OffsetDateTime.parse("2025-03-01T09:00:00+07:00"), "nanphat", null,
        "10.0.0.1", 5000, "web", "GET", "/a?x=1,2&y=\"z\"", 200, 10, 3, null);
    ExportResult r;
    try (CsvExport csv = new CsvExport(out, "t.csv")) {
      csv.write(new ChainRow(1, e, ChainHash.next(ChainHash.GENESIS, 1, e)));
      r = csv.finish();
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry z; (z = zip.getNextEntry()) != null; ) {
        files.put(z.getName(), zip.readAllBytes());
      }
    }
    assertEquals(java.util.List.of("t.csv", "t.csv.sha256"), java.util.List.copyOf(files.keySet()));
    String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get("t.csv")));
    assertEquals(hex, r.sha256());
    assertEquals(hex + "  t.csv\n", new String(files.get("t.csv.sha256"), StandardCharsets.US_ASCII));
    String csv = new String(files.get("t.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith(CsvExport.HEADER + "\r\n"));
    assertTrue(csv.contains(",\"/a?x=1,2&y=\"\"z\"\"\","), csv);
    assertEquals(1, r.rows());
  }

  @Test
  void aFailedSignInWhoseUserNameIsAFormulaIsWrittenAsText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TrafficEntry e = TrafficEntry.event(java.time.OffsetDateTime.parse("2025-03-01T09:00:00+07:00"),
        th.obec.esa.ict.traffic.api.TrafficKind.SIGN_IN_FAILED, null, "=2+5", "10.0.0.1", 5000, "@SUM(1,2)", null);
    try (CsvExport csv = new CsvExport(out, "t.csv")) {
      csv.write(new ChainRow(1, e, ChainHash.next(ChainHash.GENESIS, 1, e)));
      csv.finish();
    }
    String csv;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      zip.getNextEntry();
      csv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(csv.contains(",'=2+5,"), csv);
    assertTrue(csv.contains(",\"'@SUM(1,2)\","), csv);
  }
}
