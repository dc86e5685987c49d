package th.obec.esa.ict.traffic.chain;

/** The last row written: its seq and hash (seq 0 and {@link ChainHash#GENESIS} before the first). */
public record ChainHead(long seq, String hash) {}
