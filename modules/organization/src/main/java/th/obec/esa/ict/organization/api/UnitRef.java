package th.obec.esa.ict.organization.api;

import java.io.Serializable;

/** A unit as other modules see it; {@code parentCode} is null for a unit directly under the office. */
public record UnitRef(long id, String code, String nameTh, String nameEn, String parentCode) implements Serializable {}
