package th.obec.esa.ict.delegation.api;

/** A delegation names a person (a directory uid) or a position (whoever heads a unit, by its code). */
public enum DelegateKind {
  PERSON,
  POSITION
}
