package th.obec.esa.ict.records.collection;

/**
 * What an import does when some rows are refused. The default is {@link #ALL_OR_NOTHING}: a
 * file with any refused row saves nothing, so a half-imported list is never taken for the whole;
 * the officer fixes the file, or asks explicitly for {@link #GOOD_ROWS_ONLY}.
 */
public enum ImportMode {
  ALL_OR_NOTHING,
  GOOD_ROWS_ONLY
}
