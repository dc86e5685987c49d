package th.obec.esa.ict.traffic.record;

import java.time.OffsetDateTime;
import th.obec.esa.ict.traffic.api.TrafficKind;
import th.obec.esa.ict.traffic.chain.ChainRow;

/** One line of the record as readers see it (also the REST representation). */
public record TrafficRow(long seq, OffsetDateTime at, TrafficKind kind, String uid, String attemptedUid,
    String actingFor, String sourceAddr, int sourcePort, String service, String method, String url, Integer status,
    Long bytes, Long durationMs, String sessionHash, String hash) {

  static TrafficRow of(ChainRow r) {
    var e = r.entry();
    return new TrafficRow(r.seq(), e.at(), e.kind(), e.uid(), e.attemptedUid(), e.actingFor(), e.sourceAddr(),
        e.sourcePort(), e.service(), e.method(), e.url(), e.status(), e.bytes(), e.durationMs(), e.sessionHash(),
        r.hash());
  }
}
