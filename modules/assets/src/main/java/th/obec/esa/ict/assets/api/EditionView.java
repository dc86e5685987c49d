package th.obec.esa.ict.assets.api;

import java.io.Serializable;
import java.time.LocalDate;

/** An edition of the reference-price list and how many items it holds. */
public record EditionView(
    long id,
    String name,
    String publisher,
    LocalDate announcedOn,
    LocalDate effectiveFrom,
    String sourceDocument,
    String note,
    long itemCount) implements Serializable {}
