package th.obec.esa.ict.assets.api;

/** An asset is either in a room of the office or at one of the schools the office serves. */
public enum LocationKind {
  OFFICE_ROOM,
  SCHOOL
}
