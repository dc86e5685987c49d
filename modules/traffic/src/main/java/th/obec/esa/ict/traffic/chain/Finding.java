package th.obec.esa.ict.traffic.chain;

/**
 * One thing verification found wrong.
 *
 * @param kind CHANGED: the row (first = last) does not match its hash given the row before it, so
 *     it, or the row before it together with its hash, was changed after writing; MISSING: the
 *     rows first..last are gone and no purge explains it; HEAD_MISMATCH: the last row is not the
 *     one the chain head says was written last (rows removed or rewritten at the end); FORGED_ANCHOR:
 *     a purge row first..last whose MAC is not the chain key's (rows deleted and a purge forged in the
 *     database); UNSIGNED_ANCHOR: a purge row without MAC (written before signing, or forged);
 *     HEAD_UNSIGNED: the chain head's MAC is not the key's (the end rewritten and the head recomputed)
 */
public record Finding(Kind kind, long firstSeq, long lastSeq) {

  public enum Kind { CHANGED, MISSING, HEAD_MISMATCH, FORGED_ANCHOR, UNSIGNED_ANCHOR, HEAD_UNSIGNED }
}
