package th.obec.esa.ict.assets.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The reference price of one item in one edition, a point of its price history. */
public record PricePoint(long itemId, long editionId, String editionName, LocalDate announcedOn, String itemNo,
    BigDecimal referencePrice) implements Serializable {}
