package th.obec.esa.ict.traffic.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.core.integrity.ChainKey;
import th.obec.esa.ict.traffic.api.TrafficEntry;
import th.obec.esa.ict.traffic.api.TrafficKind;

class ChainVerifierTest {

  private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7));

  static TrafficEntry entry(int i) {
    return TrafficEntry.request(T0.plusSeconds(i), "nanphat", null, "10.0.0." + (i % 250), 40000 + i, "web", "GET",
        "/assets/list.xhtml?page=" + i, 200, 1000 + i, 5, "s" + i);
  }

  /** A correctly written chain of n rows from seq 1, as the writer builds it. */
  static List<ChainRow> chain(int n) {
    List<ChainRow> rows = new ArrayList<>();
    String prev = ChainHash.GENESIS;
    for (int i = 1; i <= n; i++) {
      TrafficEntry e = entry(i);
      prev = ChainHash.next(prev, i, e);
      rows.add(new ChainRow(i, e, prev));
    }
    return rows;
  }

  static VerifyReport verify(List<ChainRow> rows, List<PurgeRange> purges, long last, ChainHead head) {
    ChainVerifier v = new ChainVerifier(1, ChainHash.GENESIS, purges);
    rows.forEach(v::accept);
    return v.finish(null, null, last, head.seq(), head.hash());
  }

  @Test
  void anIntactChainVerifies() {
    List<ChainRow> rows = chain(50);
    VerifyReport r = verify(rows, List.of(), 50, new ChainHead(50, rows.get(49).hash()));
    assertTrue(r.isIntact(), r.findings().toString());
    assertEquals(50, r.rowsChecked());
    assertEquals(1, r.firstSeq());
    assertEquals(50, r.lastSeq());
  }

  @Test
  void aChangedRowIsReportedByItsSeqAndOnlyIt() {
    List<ChainRow> rows = chain(20);
    ChainRow orig = rows.get(9);
    TrafficEntry e = orig.entry();
    TrafficEntry forged = new TrafficEntry(e.at(), e.kind(), "someone-else", null, null, e.sourceAddr(),
        e.sourcePort(), e.service(), e.method(), e.url(), e.status(), e.bytes(), e.durationMs(), e.sessionHash());
    rows.set(9, new ChainRow(10, forged, orig.hash()));
    VerifyReport r = verify(rows, List.of(), 20, new ChainHead(20, rows.get(19).hash()));
    assertEquals(List.of(new Finding(Finding.Kind.CHANGED, 10, 10)), r.findings());
  }

  @Test
  void aChangedRowWhoseHashWasAlsoRecomputedBreaksTheLinkToTheNextRow() {
    List<ChainRow> rows = chain(20);
    TrafficEntry e = rows.get(9).entry();
    TrafficEntry forged = new TrafficEntry(e.at(), TrafficKind.REQUEST, "someone-else", null, null, e.sourceAddr(),
        e.sourcePort(), e.service(), e.method(), e.url(), e.status(), e.bytes(), e.durationMs(), e.sessionHash());
    rows.set(9, new ChainRow(10, forged, ChainHash.next(rows.get(8).hash(), 10, forged)));
    VerifyReport r = verify(rows, List.of(), 20, new ChainHead(20, rows.get(19).hash()));
    assertEquals(List.of(new Finding(Finding.Kind.CHANGED, 11, 11)), r.findings());
  }

  @Test
  void deletedRowsAreReportedAsTheMissingRange() {
    List<ChainRow> rows = chain(30);
    rows.subList(11, 14).clear(); // seq 12, 13, 14
    VerifyReport r = verify(rows, List.of(), 30, new ChainHead(30, rows.get(rows.size() - 1).hash()));
    assertEquals(List.of(new Finding(Finding.Kind.MISSING, 12, 14)), r.findings());
  }

  @Test
  void rowsDeletedAtTheEndAreFoundAgainstTheHead() {
    List<ChainRow> rows = chain(30);
    ChainHead head = new ChainHead(30, rows.get(29).hash());
    rows.subList(27, 30).clear();
    VerifyReport r = verify(rows, List.of(), 30, head);
    assertEquals(List.of(new Finding(Finding.Kind.MISSING, 28, 30)), r.findings());
  }

  @Test
  void theLastRowRewrittenWithItsHashDoesNotMatchTheHead() {
    List<ChainRow> rows = chain(10);
    ChainHead head = new ChainHead(10, rows.get(9).hash());
    TrafficEntry forged = entry(99);
    rows.set(9, new ChainRow(10, forged, ChainHash.next(rows.get(8).hash(), 10, forged)));
    VerifyReport r = verify(rows, List.of(), 10, head);
    assertEquals(List.of(new Finding(Finding.Kind.HEAD_MISMATCH, 10, 10)), r.findings());
  }

  @Test
  void aPurgedRunIsNotAFindingAndItsLastHashAnchorsTheRest() {
    List<ChainRow> rows = chain(40);
    PurgeRange first = new PurgeRange(1, 10, rows.get(9).hash());
    PurgeRange middle = new PurgeRange(16, 20, rows.get(19).hash());
    List<ChainRow> kept = new ArrayList<>(rows.subList(10, 15));
    kept.addAll(rows.subList(20, 40));
    VerifyReport r = verify(kept, List.of(middle, first), 40, new ChainHead(40, rows.get(39).hash()));
    assertTrue(r.isIntact(), r.findings().toString());
    assertEquals(25, r.rowsChecked());
  }

  @Test
  void aDeletionNextToAPurgedRunIsStillFound() {
    List<ChainRow> rows = chain(40);
    PurgeRange purge = new PurgeRange(1, 10, rows.get(9).hash());
    List<ChainRow> kept = new ArrayList<>(rows.subList(12, 40)); // 11 and 12 deleted by hand
    VerifyReport r = verify(kept, List.of(purge), 40, new ChainHead(40, rows.get(39).hash()));
    assertEquals(List.of(new Finding(Finding.Kind.MISSING, 11, 12)), r.findings());
  }

  @Test
  void theCanonicalTextKeepsFieldsApart() {
    TrafficEntry a = TrafficEntry.request(T0, "a|b", null, "1.1.1.1", 1, "web", "GET", "/x", 200, 1, 1, null);
    TrafficEntry b = TrafficEntry.request(T0, "a", "b", "1.1.1.1", 1, "web", "GET", "/x", 200, 1, 1, null);
    assertNotEquals(ChainHash.canonical(1, a), ChainHash.canonical(1, b));
    assertNotEquals(ChainHash.next(ChainHash.GENESIS, 1, a), ChainHash.next(ChainHash.GENESIS, 1, b));
  }

  @Test
  void theHashDependsOnTheInstantNotTheOffset() {
    TrafficEntry bangkok = entry(1);
    TrafficEntry utc = new TrafficEntry(bangkok.at().withOffsetSameInstant(ZoneOffset.UTC), bangkok.kind(),
        bangkok.uid(), null, null, bangkok.sourceAddr(), bangkok.sourcePort(), bangkok.service(), bangkok.method(),
        bangkok.url(), bangkok.status(), bangkok.bytes(), bangkok.durationMs(), bangkok.sessionHash());
    assertEquals(ChainHash.next(ChainHash.GENESIS, 1, bangkok), ChainHash.next(ChainHash.GENESIS, 1, utc));
  }

  @Test
  void aForgedPurgeAnchorExplainsNothing() {
    List<ChainRow> rows = chain(20);
    // rows 11 and 12 deleted by hand and a purge row forged for them: its MAC is not the key's
    PurgeRange forged = new PurgeRange(11, 12, rows.get(11).hash(), PurgeRange.Trust.FORGED);
    List<ChainRow> kept = new ArrayList<>(rows.subList(0, 10));
    kept.addAll(rows.subList(12, 20));
    VerifyReport r = verify(kept, List.of(forged), 20, new ChainHead(20, rows.get(19).hash()));
    assertEquals(List.of(new Finding(Finding.Kind.FORGED_ANCHOR, 11, 12), new Finding(Finding.Kind.MISSING, 11, 12)),
        r.findings());
    assertEquals(11, r.getFirstBrokenSeq());
  }

  @Test
  void anUnsignedPurgeAnchorIsReportedThoughFollowed() {
    List<ChainRow> rows = chain(20);
    PurgeRange unsigned = new PurgeRange(1, 5, rows.get(4).hash(), PurgeRange.Trust.UNSIGNED);
    VerifyReport r = verify(new ArrayList<>(rows.subList(5, 20)), List.of(unsigned), 20,
        new ChainHead(20, rows.get(19).hash()));
    assertEquals(List.of(new Finding(Finding.Kind.UNSIGNED_ANCHOR, 1, 5)), r.findings());
  }

  @Test
  void theKeySignsAnchorsAndAnotherKeysSignatureIsNotAccepted() throws Exception {
    ChainKey key = new ChainKey("0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    ChainKey other = new ChainKey("fedcba9876543210fedcba9876543210".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    String mac = key.purgeMac(1, 10, "ab");
    assertEquals(PurgeRange.Trust.SIGNED, ChainStore.judged(1, 10, "ab", mac, key).trust());
    assertEquals(PurgeRange.Trust.FORGED, ChainStore.judged(1, 10, "ab", other.purgeMac(1, 10, "ab"), key).trust());
    assertEquals(PurgeRange.Trust.FORGED, ChainStore.judged(1, 11, "ab", mac, key).trust(), "another range");
    assertEquals(PurgeRange.Trust.UNSIGNED, ChainStore.judged(1, 10, "ab", null, key).trust());
    assertNotEquals(key.headMac(5, "x"), key.headMac(6, "x"));

    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("chain-key");
    java.nio.file.Path file = dir.resolve(ChainKey.FILE);
    ChainKey made = ChainKey.fromFile(file);
    assertEquals(made.mac("t"), ChainKey.fromFile(file).mac("t"), "the same key is read back");
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        java.nio.file.Files.getPosixFilePermissions(file)));
  }

  private static final ChainKey KEY = new ChainKey("0123456789abcdef0123456789abcdef".getBytes(
      java.nio.charset.StandardCharsets.US_ASCII));

  /** A chain of n rows whose links are keyed from seq keyedFrom on, as the writer builds it since V6_3. */
  static List<ChainRow> keyedChain(int n, long keyedFrom) {
    ChainLink link = new ChainLink(KEY, keyedFrom);
    List<ChainRow> rows = new ArrayList<>();
    String prev = ChainHash.GENESIS;
    for (int i = 1; i <= n; i++) {
      TrafficEntry e = entry(i);
      prev = link.next(prev, i, e);
      rows.add(new ChainRow(i, e, prev));
    }
    return rows;
  }

  @Test
  void aKeyedLinkIsTheHmacOfThePreviousLinkAndTheCanonicalRow() throws Exception {
    TrafficEntry e = entry(1);
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(
        java.nio.charset.StandardCharsets.US_ASCII), "HmacSHA256"));
    String expected = java.util.HexFormat.of().formatHex(mac.doFinal((ChainHash.GENESIS + "\n"
        + ChainHash.canonical(1, e)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(expected, new ChainLink(KEY, 1).next(ChainHash.GENESIS, 1, e));
    assertEquals(expected, KEY.link(ChainHash.GENESIS, ChainHash.canonical(1, e)));
    assertNotEquals(ChainHash.next(ChainHash.GENESIS, 1, e), expected, "not the unkeyed SHA-256 link");
    ChainKey other = new ChainKey("fedcba9876543210fedcba9876543210".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertNotEquals(expected, new ChainLink(other, 1).next(ChainHash.GENESIS, 1, e), "another key, another link");
    assertEquals(ChainHash.next(ChainHash.GENESIS, 1, e), new ChainLink(KEY, 2).next(ChainHash.GENESIS, 1, e),
        "a row before the keyed boundary keeps its SHA-256 link");
  }

  @Test
  void aRowChangedAndItsLinkRecomputedWithoutTheKeyIsCaught() {
    // the old weakness: whoever could write the table re-hashed a changed row and everything after it
    List<ChainRow> rows = keyedChain(10, 1);
    ChainRow orig = rows.get(4);
    TrafficEntry e = orig.entry();
    TrafficEntry forged = new TrafficEntry(e.at(), e.kind(), "someone-else", null, null, e.sourceAddr(),
        e.sourcePort(), e.service(), e.method(), e.url(), e.status(), e.bytes(), e.durationMs(), e.sessionHash());
    String prev = rows.get(3).hash();
    for (int i = 4; i < 10; i++) {
      TrafficEntry x = i == 4 ? forged : rows.get(i).entry();
      prev = ChainHash.next(prev, i + 1, x);
      rows.set(i, new ChainRow(i + 1, x, prev));
    }
    ChainVerifier v = new ChainVerifier(1, ChainHash.GENESIS, List.of(), new ChainLink(KEY, 1));
    rows.forEach(v::accept);
    VerifyReport r = v.finish(null, null, 10, 10, rows.get(9).hash());
    assertEquals(5, r.getFirstBrokenSeq(), r.findings().toString());
    assertTrue(r.findings().contains(new Finding(Finding.Kind.CHANGED, 5, 5)));
  }

  @Test
  void aChainKeyedFromTheMiddleVerifiesItsOldAndItsKeyedRows() {
    List<ChainRow> rows = keyedChain(20, 11);
    assertEquals(chain(10), rows.subList(0, 10), "rows before the boundary are the SHA-256 chain");
    ChainVerifier v = new ChainVerifier(1, ChainHash.GENESIS, List.of(), new ChainLink(KEY, 11));
    rows.forEach(v::accept);
    assertTrue(v.finish(null, null, 20, 20, rows.get(19).hash()).isIntact());

    // the boundary moved past the rows (as a forger would, to pass SHA-256 links off): they break
    ChainVerifier moved = new ChainVerifier(1, ChainHash.GENESIS, List.of(), new ChainLink(KEY, 21));
    rows.forEach(moved::accept);
    VerifyReport r = moved.finish(null, null, 20, 20, rows.get(19).hash());
    assertEquals(11, r.getFirstBrokenSeq(), r.findings().toString());
  }

  @Test
  void theSignedHeadCoversTheKeyedBoundary() {
    assertNotEquals(KEY.headMac(5, "x", 1), KEY.headMac(5, "x", 6));
    assertNotEquals(KEY.headMac(5, "x", 1), KEY.headMac(5, "x"));
  }
}
