package th.obec.esa.ict.delegation.api;

/** Whose power a named power is by position: the head of the unit concerned, or the head of the office. */
public enum PowerLevel {
  UNIT,
  OFFICE
}
