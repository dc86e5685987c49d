package th.obec.esa.ict.traffic.record;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import th.obec.esa.ict.platform.text.CsvCells;
import th.obec.esa.ict.traffic.chain.ChainRow;

/**
 * The export for an official request: a zip with the CSV (RFC 4180, UTF-8, header line, one line a
 * record, each with its seq and chain hash) and {@code <csv>.sha256} holding the CSV's SHA-256 as
 * {@code sha256sum} writes it, so the receiver checks it with {@code sha256sum -c}. The digest is
 * computed while the CSV streams out: months of traffic never sit in memory.
 */
final class CsvExport implements AutoCloseable {

  static final String HEADER = "seq,occurred_at,kind,user_uid,attempted_uid,acting_for_uid,source_addr,source_port,"
      + "service,http_method,url,http_status,bytes_sent,duration_ms,session_hash,row_hash";

  private final ZipOutputStream zip;
  private final MessageDigest sha;
  private final DigestOutputStream csv;
  private final String name;
  private long rows;

  CsvExport(OutputStream out, String name) {
    this.name = name;
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
      zip.putNextEntry(new ZipEntry(name));
      this.csv = new DigestOutputStream(new NonClosing(zip), sha);
      line(HEADER);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void write(ChainRow r) {
    var e = r.entry();
    line(String.join(",", Long.toString(r.seq()), e.at().toString(), e.kind().name(), q(e.uid()), q(e.attemptedUid()),
        q(e.actingFor()), q(e.sourceAddr()), Integer.toString(e.sourcePort()), q(e.service()), q(e.method()),
        q(e.url()), s(e.status()), s(e.bytes()), s(e.durationMs()), q(e.sessionHash()), r.hash()));
    rows++;
  }

  /** Ends the CSV and writes its checksum file; the caller's stream stays open. */
  ExportResult finish() {
    try {
      csv.flush();
      zip.closeEntry();
      String hex = HexFormat.of().formatHex(sha.digest());
      zip.putNextEntry(new ZipEntry(name + ".sha256"));
      zip.write((hex + "  " + name + "\n").getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.finish();
      return new ExportResult(name, rows, hex);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(String text) {
    try {
      csv.write(text.getBytes(StandardCharsets.UTF_8));
      csv.write('\r');
      csv.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text field: through the one CSV rule ({@link CsvCells}: no formula), quoted as RFC 4180 wants. */
  static String q(String v) {
    return CsvCells.quoted(v);
  }

  private static String s(Object v) {
    return v == null ? "" : v.toString();
  }

  /** Keeps the digest stream from closing the zip under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
