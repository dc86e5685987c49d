package th.obec.esa.ict.organization.api;

import java.util.Optional;
import th.obec.esa.ict.platform.security.Actor;

/**
 * How the office numbers and prints its documents, as its organisation administrator sets it on
 * ข้อมูลสำนักงาน: the letter register (one for the office, or a prefix of its own for some units),
 * the year the numbers restart, Thai digits, and the emblem (ครุฑ) on every บันทึกข้อความ.
 */
public interface OfficeDocuments {

  DocumentSettings documentSettings();

  /** When letter numbers restart; empty for the installation's configured default (fiscal year). */
  Optional<YearBasis> yearBasis();

  /** Thai digits on documents (form codes and record numbers keep Arabic digits). */
  boolean thaiDigits();

  /**
   * The prefix a unit's letters are numbered under, before the slash ("ศธ 04086"): its own when the
   * office numbers per unit and it has one, else the office's; empty when the office has recorded none.
   */
  Optional<String> letterPrefix(String unitCode);

  /** The emblem as uploaded (PNG), if any. */
  Optional<Emblem> emblem();

  /**
   * Sets the register, the year basis, the digits and the units' own prefixes (role org-admin).
   *
   * @throws th.obec.esa.ict.platform.BusinessException field "unitPrefix-CODE":
   *     {@code organization.documents.prefixInvalid}
   */
  DocumentSettings updateDocumentSettings(DocumentSettingsInput input, Actor actor);

  /**
   * Stores the emblem (role org-admin), replacing the one before.
   *
   * @throws th.obec.esa.ict.platform.BusinessException field "emblem": {@code organization.emblem.empty},
   *     {@code .tooLarge}, {@code .svgNotPrinted}, {@code .notPng}, {@code .unreadable}, {@code .tooSmall}
   */
  DocumentSettings uploadEmblem(String fileName, byte[] content, Actor actor);

  /** Removes the emblem (role org-admin): memos print without one again. */
  DocumentSettings removeEmblem(Actor actor);
}
