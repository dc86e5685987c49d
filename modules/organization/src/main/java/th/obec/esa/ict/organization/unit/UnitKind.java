package th.obec.esa.ict.organization.unit;

/** A unit of the 2560 announcement, or a sub-unit of one (the ICT group's three of 2553). */
public enum UnitKind {
  UNIT,
  SUB_UNIT
}
