package th.obec.esa.ict.assets.catalog.imports;

import java.io.Serializable;

/**
 * The outcome of an accepted import: the edition, the number of items the file held and how many
 * of them were new. {@code alreadyImported} says the very same file had been imported before.
 */
public record ImportResult(long editionId, String editionName, int itemCount, int createdCount,
    boolean alreadyImported) implements Serializable {}
