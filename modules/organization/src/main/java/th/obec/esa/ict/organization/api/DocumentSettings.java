package th.obec.esa.ict.organization.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The office's document settings.
 *
 * @param officePrefix the office's letter-number prefix, null until recorded
 * @param yearBasis null for the installation's configured default (fiscal year)
 * @param perUnitPrefixes false: every unit numbers in the office's one register; true: a unit with a
 *     prefix of its own numbers under it
 * @param thaiDigits Thai digits on documents (form codes and record numbers keep Arabic digits)
 * @param units every unit with its own prefix (null when it has none)
 * @param emblem the uploaded emblem, null when none
 */
public record DocumentSettings(String officePrefix, YearBasis yearBasis, boolean perUnitPrefixes, boolean thaiDigits,
    List<UnitPrefix> units, EmblemInfo emblem, long version) implements Serializable {

  /** A unit and its own prefix. */
  public record UnitPrefix(String unitCode, String unitNameTh, String prefix) implements Serializable {}

  /** What is known of the uploaded emblem without its bytes. */
  public record EmblemInfo(String contentType, int bytes, int widthPx, int heightPx, String fileName,
      String uploadedBy, OffsetDateTime uploadedAt) implements Serializable {}
}
