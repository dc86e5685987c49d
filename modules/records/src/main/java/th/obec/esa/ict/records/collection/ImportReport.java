package th.obec.esa.ict.records.collection;

import java.util.List;

/**
 * The outcome of an import of expected submitters.
 *
 * @param rowsRead data rows read (the header and empty lines not counted)
 * @param accepted rows that passed every check
 * @param saved whether anything was saved (false in {@link ImportMode#ALL_OR_NOTHING} with refusals)
 * @param savedCount submitters added to the round
 * @param returnsRecorded of those, how many came with their submission date and were recorded as sent
 * @param rejected every problem found, by line; a row may have more than one
 */
public record ImportReport(long roundId, ImportMode mode, int rowsRead, int accepted, boolean saved, int savedCount,
    int returnsRecorded, List<ImportRejection> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }
}
