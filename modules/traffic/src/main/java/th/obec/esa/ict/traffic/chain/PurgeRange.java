package th.obec.esa.ict.traffic.chain;

/**
 * A run of rows the retention job removed, and the hash of its last row: the anchor from which
 * the rows after it are verified again. A gap in seq that no purge range explains is a deletion.
 */
public record PurgeRange(long firstSeq, long lastSeq, String lastHash) {}
