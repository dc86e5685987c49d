package th.obec.esa.ict.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import th.obec.esa.ict.core.integrity.ChainKey;

class AuditChainTest {

  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final ChainKey KEY = new ChainKey(SECRET.getBytes(StandardCharsets.US_ASCII));
  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 123_456_000, ZoneOffset.ofHours(7));

  private static String canonical(long seq, String detail) {
    return AuditChain.canonical(seq, T0.plusSeconds(seq), "khwansiri", "nanphat", "คำสั่ง 275/2561", "forms.approved",
        "submission", "F03-" + seq, detail);
  }

  /** A chain of n entries as AuditService writes it. */
  private static List<AuditChain.Row> chain(int n) {
    List<AuditChain.Row> rows = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      String c = canonical(i, "อนุมัติ " + i);
      String link = KEY.link(prev, c);
      rows.add(new AuditChain.Row(i, c, prev, link));
      prev = link;
    }
    return rows;
  }

  private static AuditChain.Report verify(List<AuditChain.Row> rows, long headSeq, String headLink, boolean signed) {
    AuditChain.Verifier v = new AuditChain.Verifier(KEY);
    rows.forEach(v::accept);
    return v.finish(headSeq, headLink, signed, 0);
  }

  @Test
  void aLinkIsTheHmacOfThePreviousLinkAndTheCanonicalEntry() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    String c = canonical(1, "x");
    String expected = HexFormat.of().formatHex(mac.doFinal((AuditChain.GENESIS + "\n" + c)
        .getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, KEY.link(AuditChain.GENESIS, c));
    assertEquals("1|2026-03-01T02:00:01.123456Z|khwansiri|nanphat|คำสั่ง 275/2561|forms.approved|submission|F03-1|x", c);
    ChainKey other = new ChainKey("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    assertNotEquals(expected, other.link(AuditChain.GENESIS, c));
  }

  @Test
  void theCanonicalTextTellsFieldsApartAndReadsTheSameInstantInAnyOffset() {
    String a = AuditChain.canonical(1, T0, "a|b", null, null, "x", "t", "1", null);
    String b = AuditChain.canonical(1, T0, "a", "b", null, "x", "t", "1", null);
    assertNotEquals(a, b);
    assertNotEquals(AuditChain.canonical(1, T0, "a", null, null, "x", "t", "1", "\\N"),
        AuditChain.canonical(1, T0, "a", null, null, "x", "t", "1", null), "a null is not the text \\N");
    assertEquals(AuditChain.canonical(1, T0, "a", null, null, "x", "t", "1", null),
        AuditChain.canonical(1, T0.withOffsetSameInstant(ZoneOffset.UTC), "a", null, null, "x", "t", "1", null));
  }

  @Test
  void anIntactChainVerifies() {
    List<AuditChain.Row> rows = chain(30);
    AuditChain.Report r = verify(rows, 30, rows.get(29).link(), true);
    assertTrue(r.isIntact(), r.findings().toString());
    assertEquals(30, r.entriesChecked());
    assertEquals(-1, r.getFirstBrokenSeq());
  }

  @Test
  void aChangedEntryIsTheFirstBrokenLinkAndOnlyIt() {
    List<AuditChain.Row> rows = chain(10);
    AuditChain.Row o = rows.get(3);
    rows.set(3, new AuditChain.Row(4, canonical(4, "ไม่อนุมัติ"), o.prevLink(), o.link()));
    AuditChain.Report r = verify(rows, 10, rows.get(9).link(), true);
    assertEquals(List.of(new AuditChain.Finding(AuditChain.Finding.Kind.CHANGED, 4, 4)), r.findings());
    assertEquals(4, r.getFirstBrokenSeq());
  }

  @Test
  void aChangedEntryRelinkedWithoutTheKeyIsCaught() {
    List<AuditChain.Row> rows = chain(10);
    ChainKey forger = new ChainKey("a-key-the-database-user-made-up!!".getBytes(StandardCharsets.US_ASCII));
    String prev = rows.get(3).prevLink();
    for (int i = 3; i < 10; i++) {
      String c = i == 3 ? canonical(4, "ไม่อนุมัติ") : rows.get(i).canonical();
      String link = forger.link(prev, c);
      rows.set(i, new AuditChain.Row(i + 1, c, prev, link));
      prev = link;
    }
    AuditChain.Report r = verify(rows, 10, prev, false);
    assertEquals(4, r.getFirstBrokenSeq());
    assertTrue(r.findings().contains(new AuditChain.Finding(AuditChain.Finding.Kind.HEAD_UNSIGNED, 10, 10)));
  }

  @Test
  void aDeletedEntryIsMissingAndTheNextIsNotBlamedTwice() {
    List<AuditChain.Row> rows = chain(10);
    rows.remove(5);
    AuditChain.Report r = verify(rows, 10, rows.get(8).link(), true);
    assertEquals(List.of(new AuditChain.Finding(AuditChain.Finding.Kind.MISSING, 6, 6)), r.findings());
    assertEquals(6, r.getFirstBrokenSeq());
  }

  @Test
  void aGapClosedByRenumberingBreaksAtTheGap() {
    List<AuditChain.Row> rows = chain(10);
    AuditChain.Row next = rows.get(6);
    rows.remove(5);
    rows.set(5, new AuditChain.Row(6, next.canonical(), rows.get(4).link(), next.link()));
    AuditChain.Report r = verify(rows.subList(0, 6), 6, next.link(), false);
    assertEquals(6, r.getFirstBrokenSeq(), r.findings().toString());
  }

  @Test
  void entriesMissingAtTheEndAndAWrongHeadAreReported() {
    List<AuditChain.Row> rows = chain(10);
    AuditChain.Report r = verify(rows.subList(0, 8), 10, rows.get(9).link(), true);
    assertEquals(List.of(new AuditChain.Finding(AuditChain.Finding.Kind.MISSING, 9, 10)), r.findings());
    AuditChain.Report h = verify(rows, 10, "f".repeat(64), true);
    assertEquals(List.of(new AuditChain.Finding(AuditChain.Finding.Kind.HEAD_MISMATCH, 10, 10)), h.findings());
  }

  @Test
  void theHeadMacDependsOnSeqAndLink() {
    assertNotEquals(KEY.auditHeadMac(5, "x"), KEY.auditHeadMac(6, "x"));
    assertNotEquals(KEY.auditHeadMac(5, "x"), KEY.auditHeadMac(5, "y"));
    assertNotEquals(KEY.auditHeadMac(5, "x"), KEY.headMac(5, "x"), "the audit head is not a traffic head");
  }
}
