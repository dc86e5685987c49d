package th.obec.esa.ict.traffic.chain;

import th.obec.esa.ict.traffic.api.TrafficEntry;

/** A stored line: its place in the chain, its content and the hash stored with it. */
public record ChainRow(long seq, TrafficEntry entry, String hash) {}
