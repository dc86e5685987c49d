package th.obec.esa.ict.forms.port;

import java.io.Serializable;
import java.time.LocalDate;

/** An edition of the reference-price list ("มีนาคม 2566"). */
public record CatalogEdition(long id, String name, LocalDate announcedOn, long itemCount) implements Serializable {}
