package th.obec.esa.ict.assets.catalog.imports;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The edition an import file belongs to, entered beside the file: the file holds only items.
 * When an edition of that name exists already the items go into it and the rest is ignored.
 */
public record EditionHeader(String name, String publisher, LocalDate announcedOn, LocalDate effectiveFrom,
    String sourceDocument) implements Serializable {

  /** The publisher of the list, the Ministry of Digital Economy and Society. */
  public static final String MDES = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม";
}
